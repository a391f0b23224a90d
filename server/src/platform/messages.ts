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
  // --- care plans ---
  assessment_locked:
    'Đánh giá này đã được dùng cho một kế hoạch chăm sóc đã phê duyệt nên không sửa được nữa. Hãy lập một đánh giá mới.',
  plan_not_draft:
    'Chỉ sửa hoặc phê duyệt được bản nháp. Phiên bản này đã được phê duyệt hoặc đã bị thay thế; hãy tạo bản sửa đổi mới.',
  plan_not_current:
    'Chỉ rà soát hoặc sửa đổi được kế hoạch đang có hiệu lực (đã phê duyệt, chưa bị thay thế).',
  draft_outdated:
    'Bản nháp này được sửa từ một phiên bản đã bị thay thế. Hãy tạo bản sửa đổi mới từ kế hoạch đang có hiệu lực.',
  resident_not_in_care:
    'Đối tượng không còn được chăm sóc tại trung tâm nên không thêm hoặc sửa được đánh giá, kế hoạch.',
  target_before_plan_date: 'Ngày cần đạt mục tiêu không được trước ngày lập kế hoạch.',
  at_least_one_goal: 'Kế hoạch cần ít nhất một mục tiêu.',
  duplicate_risk: 'Nguy cơ này đã có trong danh sách.',
  date_in_future: 'Ngày không được ở tương lai.',
  unknown_staff: 'Không tìm thấy nhân viên này hoặc nhân viên đã nghỉ.',
  unknown_assessment: 'Không tìm thấy đánh giá này trong hồ sơ của đối tượng.',
  needs_intervention: 'Cần ít nhất một biện pháp can thiệp trước khi phê duyệt.',
  needs_responsible: 'Cần ít nhất một người phụ trách trước khi phê duyệt.',
  goal_not_in_plan: 'Mục tiêu này không thuộc kế hoạch.',
  missing_progress: 'Cần ghi tiến độ cho mọi mục tiêu của kế hoạch.',
  review_too_early: 'Ngày rà soát không được trước ngày phê duyệt hoặc lần rà soát trước.',
  // --- end care plans ---
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
  // --- care plans ---
  assessment_locked:
    'This assessment is used by an approved care plan and can no longer be edited. Record a new assessment instead.',
  plan_not_draft:
    'Only a draft can be edited or approved. This version is approved or superseded; start a new revision.',
  plan_not_current: 'Only the plan in force (approved, not superseded) can be reviewed or revised.',
  draft_outdated:
    'This draft revises a version that has since been replaced. Start a new revision from the plan in force.',
  resident_not_in_care:
    'This resident is no longer in the centre’s care: assessments and plans cannot be added or changed.',
  target_before_plan_date: 'The target date cannot be before the plan date.',
  at_least_one_goal: 'A plan needs at least one goal.',
  duplicate_risk: 'This risk is already listed.',
  date_in_future: 'The date cannot be in the future.',
  unknown_staff: 'This staff member was not found or has left.',
  unknown_assessment: 'This assessment is not in the resident’s record.',
  needs_intervention: 'Add at least one intervention before approval.',
  needs_responsible: 'Name at least one responsible staff member before approval.',
  goal_not_in_plan: 'This goal is not part of the plan.',
  missing_progress: 'Record progress for every goal of the plan.',
  review_too_early: 'The review date cannot be before approval or the previous review.',
  // --- end care plans ---
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
