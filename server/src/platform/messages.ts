// Error and field messages the API sends, in the requester's language.
import type { Request } from 'express';
import { z } from 'zod';
import type { ErrorCode } from '@care/shared/errors';
import type { Language } from '@care/shared/language';
import { AppError } from './errors';

type Catalogue = Record<ErrorCode, string> & Record<string, string>;

const vi: Catalogue = {
  bad_request: 'Yêu cầu không hợp lệ.',
  validation_failed: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
  invalid_json: 'Nội dung gửi lên không phải JSON hợp lệ.',
  unauthenticated: 'Phiên đăng nhập đã hết hạn hoặc chưa đăng nhập.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  account_locked: 'Tài khoản tạm bị khoá do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
  too_many_requests: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  csrf_invalid: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
  not_found: 'Không tìm thấy dữ liệu yêu cầu.',
  conflict: 'Thao tác xung đột với dữ liệu hiện có.',
  duplicate: 'Giá trị này đã tồn tại.',
  stale_version: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại và thử lại.',
  payload_too_large: 'Dữ liệu gửi lên quá lớn.',
  unsupported_media_type: 'Dữ liệu phải được gửi dưới dạng JSON.',
  database_unavailable: 'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít giây.',
  storage_full: 'Ổ đĩa của máy chủ đã đầy, chưa lưu được dữ liệu. Vui lòng báo quản trị viên.',
  internal: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại.',
  unknown_field: 'Trường không được phép.',
  password_too_long: 'Mật khẩu quá dài (tối đa 72 byte; chữ có dấu chiếm 2–3 byte).',
  password_common: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.',
  password_has_username: 'Mật khẩu không được chứa tên đăng nhập.',
  invalid_cursor: 'Vị trí trang không hợp lệ, vui lòng tải lại danh sách.',
  invalid_date: 'Ngày không tồn tại.',
  invalid_characters: 'Có ký tự ẩn hoặc ký tự điều khiển không được phép.',
  password_unchanged: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  wrong_password: 'Mật khẩu hiện tại không đúng.',
  self_change: 'Không thể tự khoá hoặc đổi vai trò của chính mình.',
  // Health records (word for word the client's validation.* messages)
  invalid_icd10: 'Mã ICD-10 không hợp lệ (ví dụ: I10, E11.9)',
  invalid_time: 'Giờ phải có dạng HH:mm (ví dụ: 07:30)',
  future_date: 'Ngày không được ở tương lai',
  future_time: 'Thời điểm đo không được ở tương lai',
  end_before_start: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu',
  measurement_empty: 'Nhập ít nhất một chỉ số',
  blood_pressure_pair: 'Nhập cả huyết áp tâm thu và tâm trương',
  diastolic_not_below_systolic: 'Huyết áp tâm trương phải thấp hơn tâm thu',
};

const en: Catalogue = {
  bad_request: 'The request is not valid.',
  validation_failed: 'Some fields are not valid; please check the marked fields.',
  invalid_json: 'The request body is not valid JSON.',
  unauthenticated: 'You are not signed in or your session has expired.',
  invalid_credentials: 'Wrong username or password.',
  account_locked:
    'This account is locked for a while after repeated failed sign-ins. Try again later.',
  too_many_requests: 'Too many requests. Please try again in a few minutes.',
  forbidden: 'You are not allowed to do this.',
  csrf_invalid: 'Your session is not valid any more; please reload the page.',
  not_found: 'The requested record was not found.',
  conflict: 'This conflicts with existing data.',
  duplicate: 'This value already exists.',
  stale_version: 'Someone else changed this record. Please reload and try again.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'The request body must be JSON.',
  database_unavailable:
    'The database is unavailable for a moment. Please try again in a few seconds.',
  storage_full: 'The server disk is full; nothing was saved. Please tell the administrator.',
  internal: 'Something went wrong on our side. Please try again.',
  unknown_field: 'This field is not allowed.',
  password_too_long: 'The password is too long (72 bytes at most; accented letters take 2–3).',
  password_common: 'This password is too common; choose another.',
  password_has_username: 'The password must not contain the username.',
  invalid_cursor: 'This page position is not valid; please reload the list.',
  invalid_date: 'This date does not exist.',
  invalid_characters: 'Contains hidden or control characters that are not allowed.',
  password_unchanged: 'The new password must differ from the current one.',
  wrong_password: 'The current password is wrong.',
  self_change: 'You cannot deactivate yourself or change your own role.',
  // Health records (word for word the client's validation.* messages)
  invalid_icd10: 'Not a valid ICD-10 code (e.g. I10, E11.9)',
  invalid_time: 'Times are written HH:mm (e.g. 07:30)',
  future_date: 'The date cannot be in the future',
  future_time: 'The time of measurement cannot be in the future',
  end_before_start: 'The end date must be on or after the start date',
  measurement_empty: 'Enter at least one value',
  blood_pressure_pair: 'Enter both the systolic and the diastolic pressure',
  diastolic_not_below_systolic: 'The diastolic pressure must be lower than the systolic',
};

const catalogues: Record<Language, Catalogue> = { vi, en };
const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

/** The user's saved language when signed in, else the browser's, else Vietnamese. */
export function languageOf(req: Request): Language {
  if (req.user) return req.user.language;
  return req.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi';
}

export function message(lang: Language, key: string): string {
  return catalogues[lang][key] ?? key;
}

/** Parses with zod, messages in the user's language; a failure is a 400 naming each field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  lang: Language,
): z.output<S> {
  const parsed = schema.safeParse(data, { error: zodLocales[lang].localeError });
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        fields[[...issue.path, key].join('.')] = message(lang, 'unknown_field');
      continue;
    }
    const path = issue.path.join('.') || '_';
    fields[path] ??= catalogues[lang][issue.message] ?? issue.message;
  }
  throw new AppError('validation_failed', fields);
}
