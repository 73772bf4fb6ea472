/** Builds each default template's .docx bytes from code (scripts/build-templates.ts writes them). */
import type { TemplateKind } from '../../lib/documents/templates/defaults';
import { apologyLetter2018, apologyLetter2025, explanation, supplementRequest } from './letters';
import { monthlyReport } from './monthly-report';
import { docxPackage } from './package';
import type { Orientation } from './page';

const LAYOUTS: Record<TemplateKind, { title: string; body: () => string; orientation: Orientation }> = {
  'apology-letter': { title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', body: apologyLetter2018, orientation: 'portrait' },
  'apology-letter-2025': {
    title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
    body: apologyLetter2025,
    orientation: 'portrait',
  },
  'monthly-report': { title: 'Báo cáo hồ sơ bị trả lại và trễ hạn', body: monthlyReport, orientation: 'landscape' },
  explanation: { title: 'Báo cáo giải trình', body: explanation, orientation: 'portrait' },
  'supplement-request': { title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', body: supplementRequest, orientation: 'portrait' },
};

export function buildTemplate(kind: TemplateKind): Uint8Array {
  const layout = LAYOUTS[kind];
  return docxPackage(layout.title, layout.body(), layout.orientation);
}
