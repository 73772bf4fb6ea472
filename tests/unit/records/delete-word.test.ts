import { describe, expect, test } from 'vitest';
import { confirmsDeletion } from '../../../entrypoints/records/delete-word';
import { documentsMessages } from '../../../lib/i18n/documents';

const vi = [documentsMessages.vi['backup.word'], documentsMessages.vi['backup.wordAlt']];

describe('the word that deletes the whole history', () => {
  test('both Vietnamese spellings, any case, composed or decomposed', () => {
    for (const typed of ['XOÁ', 'XÓA', ' xoá ', 'xóa', 'XÓA'.normalize('NFD'), 'xoá'.normalize('NFD')]) {
      expect(confirmsDeletion(typed, vi), typed).toBe(true);
    }
  });
  test('not a near miss', () => {
    for (const typed of ['XOA', 'XÒA', 'XOÁ TẤT', '', 'DELETE']) expect(confirmsDeletion(typed, vi), typed).toBe(false);
    expect(confirmsDeletion('delete', [documentsMessages.en['backup.word']])).toBe(true);
  });
});
