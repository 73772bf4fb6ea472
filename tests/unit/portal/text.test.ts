import { describe, expect, it } from 'vitest';
import { valueText } from '../../../lib/portal/text';
import { pageFromHtml } from './load';

function cell(html: string): Element {
  return pageFromHtml(`<table><tr><td>${html}</td></tr></table>`).querySelector('td')!;
}

describe('valueText: a responsive table repeats the column label inside each cell', () => {
  it.each([
    ['<span class="ui-column-title">Mã biên nhận</span>H21.57.14-240603-0007', 'Mã biên nhận', 'H21.57.14-240603-0007'],
    ['<span class="p-column-title">Ngày hẹn trả</span> 28/06/2024 17:00', 'Ngày hẹn trả', '28/06/2024 17:00'],
    ['<div class="v-data-table__mobile-row__header">Trạng thái</div><div class="v-data-table__mobile-row__cell">Đang xử lý</div>', 'Trạng thái:', 'Đang xử lý'],
  ])('%j under %j reads %j', (html, label, value) => {
    expect(valueText(cell(html), label).trim()).toBe(value);
  });

  it.each([
    // A value that only starts with the label's words, or a label that is not the cell's opening.
    ['<b>Trạng thái hồ sơ</b>: Đang xử lý', 'Trạng thái', 'Trạng thái hồ sơ: Đang xử lý'],
    ['Ghi chú <span>Người nộp</span>', 'Người nộp', 'Ghi chú Người nộp'],
    ['<a href="#">H21.57.14-240603-0007</a>', 'Mã hồ sơ', 'H21.57.14-240603-0007'],
  ])('%j under %j keeps %j', (html, label, value) => {
    expect(valueText(cell(html), label).trim()).toBe(value);
  });
});
