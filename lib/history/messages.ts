import type { Catalog } from '../i18n/format';

/** Why the history refused or failed an operation; the UI translates these by code. */
export type HistoryErrorCode =
  | 'blocked'
  | 'version-too-new'
  | 'open-failed'
  | 'quota'
  | 'write-failed'
  | 'invalid-observation'
  | 'invalid-argument'
  | 'import-not-json'
  | 'import-format'
  | 'import-newer-version'
  | 'import-invalid'
  | 'import-forbidden-key'
  | 'import-duplicate-key'
  | 'import-too-large'
  | 'export-too-large'
  | 'closed';

export const HISTORY_MESSAGES: Catalog<HistoryErrorCode> = {
  vi: {
    blocked:
      'Không nâng cấp được lịch sử hồ sơ vì một thẻ hoặc cửa sổ khác đang mở phiên bản cũ. Hãy đóng các thẻ đó rồi thử lại; dữ liệu không bị mất.',
    'version-too-new':
      'Lịch sử hồ sơ được tạo bởi phiên bản Nhắc Hạn mới hơn (bản này chỉ đọc được đến phiên bản {supported}). Hãy cập nhật tiện ích.',
    'open-failed': 'Không mở được lịch sử hồ sơ: {detail}',
    quota:
      'Bộ nhớ của trình duyệt đã đầy nên không lưu được lịch sử. Không có dữ liệu nào bị thay đổi; hãy xuất bản sao lưu và xoá bớt dữ liệu cũ.',
    'write-failed': 'Không ghi được lịch sử hồ sơ: {detail}. Không có dữ liệu nào bị thay đổi.',
    'invalid-observation': 'Dữ liệu đọc từ trang không hợp lệ: {detail}',
    'invalid-argument': 'Tham số không hợp lệ: {detail}',
    'import-not-json': 'Tệp sao lưu không phải JSON hợp lệ: {detail}',
    'import-format': 'Tệp này không phải bản sao lưu lịch sử của Nhắc Hạn.',
    'import-newer-version':
      'Bản sao lưu có định dạng phiên bản {found}, mới hơn phiên bản {supported} mà bản này đọc được. Hãy cập nhật tiện ích.',
    'import-invalid': 'Bản sao lưu bị hỏng hoặc sai dữ liệu tại {path}: {detail}',
    'import-forbidden-key': 'Bản sao lưu chứa khoá bị cấm "{key}" tại {path}.',
    'import-duplicate-key': 'Bản sao lưu có khoá "{key}" bị lặp tại {path}.',
    'import-too-large': 'Bản sao lưu vượt giới hạn: {detail}',
    'export-too-large':
      'Lịch sử vượt giới hạn mà một bản sao lưu có thể khôi phục ({detail}), nên chưa xuất. Hãy xoá dữ liệu cũ (mục "Xoá dữ liệu cũ") rồi xuất lại.',
    closed:
      'Trình duyệt đã đóng cơ sở dữ liệu lịch sử và chưa mở lại được sau {attempts} lần thử; các hồ sơ vừa đọc đang được giữ lại và sẽ được lưu khi mở lại được.',
  },
  en: {
    blocked:
      'The dossier history cannot be upgraded because another tab or window has the old version open. Close those tabs and try again; no data was lost.',
    'version-too-new':
      'The dossier history was created by a newer Nhắc Hạn (this build reads up to version {supported}). Please update the extension.',
    'open-failed': 'The dossier history could not be opened: {detail}',
    quota:
      'The browser storage is full, so the history could not be saved. Nothing was changed; export a backup and delete old data.',
    'write-failed': 'The dossier history could not be written: {detail}. Nothing was changed.',
    'invalid-observation': 'The data read from the page is invalid: {detail}',
    'invalid-argument': 'Invalid argument: {detail}',
    'import-not-json': 'The backup file is not valid JSON: {detail}',
    'import-format': 'This file is not a Nhắc Hạn history backup.',
    'import-newer-version':
      'The backup uses format version {found}, newer than version {supported} that this build reads. Please update the extension.',
    'import-invalid': 'The backup is damaged or has wrong data at {path}: {detail}',
    'import-forbidden-key': 'The backup contains the forbidden key "{key}" at {path}.',
    'import-duplicate-key': 'The backup repeats the key "{key}" at {path}.',
    'import-too-large': 'The backup exceeds a limit: {detail}',
    'export-too-large':
      'The history exceeds what a backup can restore ({detail}), so it was not exported. Delete old data ("Delete old data") and export again.',
    closed:
      'The browser closed the history database and it could not be reopened after {attempts} attempts; the dossiers just read are held and will be stored once it reopens.',
  },
};
