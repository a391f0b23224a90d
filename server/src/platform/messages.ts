// Error and field messages the API sends, in the requester's language.
import type { Request } from 'express';
import type { z } from 'zod';
import type { ErrorCode } from '@care/shared/errors';
import type { Language } from '@care/shared/language';
import {
  validationMessage,
  type ValidationKey,
  type ValidationMessage,
} from '@care/shared/validation-keys';
import { AppError, type FieldProblems } from './errors';

type Catalogue = Record<ErrorCode, string>;
// Word for word the client's `validation.*` messages (messages.test.ts compares them).
type FieldCatalogue = Record<ValidationKey, string>;

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
  already_in_care: 'Đối tượng này đang được nuôi dưỡng tại Trung tâm, không thể tiếp nhận lần nữa.',
  not_in_care: 'Đối tượng không còn ở Trung tâm (đã kết thúc trợ giúp hoặc đang vắng mặt).',
  not_absent: 'Đối tượng không có đợt vắng mặt nào đang mở.',
  episode_closed: 'Đợt nuôi dưỡng này đã kết thúc, không thể sửa nữa.',
  follow_ups_open: 'Còn việc theo dõi chưa hoàn thành, chưa thể đóng sự cố.',
  assessment_locked:
    'Đánh giá này đã được dùng cho một kế hoạch chăm sóc đã phê duyệt nên không sửa được nữa. Hãy lập một đánh giá mới.',
  plan_not_draft:
    'Chỉ sửa hoặc phê duyệt được bản nháp. Phiên bản này đã được phê duyệt hoặc đã bị thay thế; hãy tạo bản sửa đổi mới.',
  plan_not_current:
    'Chỉ rà soát hoặc sửa đổi được kế hoạch đang có hiệu lực (đã phê duyệt, chưa bị thay thế).',
  draft_outdated:
    'Bản nháp này được sửa từ một phiên bản đã bị thay thế. Hãy tạo bản sửa đổi mới từ kế hoạch đang có hiệu lực.',
  rota_solve_running:
    'Đang có một lượt xếp lịch tự động cho đơn vị và tháng này. Hãy chờ xong hoặc huỷ lượt đó rồi chạy lại.',
  shift_overlap: 'Nhân viên này đã có ca trực trùng giờ. Không thể xếp thêm ca chồng lên.',
  staff_inactive: 'Tài khoản nhân viên này đã bị khoá (nghỉ việc), không thể xếp ca.',
  leave_decided: 'Đơn nghỉ phép này đã được xử lý, không thể duyệt lại.',
  food_deleted: 'Món ăn dùng thực phẩm đã bị xoá khỏi thư viện. Hãy thay thực phẩm đó rồi lưu lại.',
  reference_food_locked:
    'Thực phẩm của Bảng thành phần thực phẩm Việt Nam 2007 chỉ sửa được giá và chất gây dị ứng; tên, nhóm, tỷ lệ thải bỏ và giá trị dinh dưỡng giữ như bảng đã in.',
  menu_locked: 'Thực đơn ngày này đã khoá vì đã phục vụ, không sửa được nữa.',
  menu_approved:
    'Thực đơn ngày này đã được duyệt; hãy sửa riêng ngày đó (sẽ trở lại bản nháp) thay vì chép đè.',
  menu_not_approved: 'Chỉ khoá được thực đơn đã được duyệt.',
  menu_not_served: 'Chỉ khoá được thực đơn của hôm nay hoặc những ngày đã qua (đã phục vụ).',
  not_on_rota: 'Ca này chưa được công bố trên lịch trực hoặc không có trong lịch.',
  already_checked_in: 'Ca này đã được nhận (check-in) rồi.',
  not_checked_in: 'Chưa nhận ca (check-in) nên chưa thể kết thúc ca.',
  already_checked_out: 'Ca này đã kết thúc (check-out) rồi.',
  handover_missing:
    'Chưa viết biên bản giao ca nên chưa thể kết thúc ca. Hãy viết giao ca, hoặc nhờ quản lý cho phép kết thúc.',
  handover_exists: 'Ca này đã có biên bản giao ca. Hãy mở và sửa biên bản đó.',
  handover_acknowledged: 'Biên bản giao ca đã được ca sau ký nhận, không sửa được nữa.',
  already_acknowledged: 'Bạn đã ký nhận biên bản giao ca này rồi.',
  rota_autofill_stale:
    'Lịch tháng đã được sửa trong lúc xếp tự động (có ca hoặc ô khoá thay đổi), nên kết quả này đã cũ và không được áp dụng. Hãy chạy xếp lịch tự động lại.',
  rota_autofill_not_ready:
    'Lượt xếp lịch tự động này chưa xong, không tìm được lịch nào hoặc đã được áp dụng rồi.',
  rota_month_published:
    'Tháng này đã công bố. Lịch tự động chỉ áp dụng vào bản nháp; hãy đưa tháng về bản nháp trước.',
  timesheet_not_own: 'Bạn chỉ xem được bảng chấm công của chính mình.',
  food_safety_not_generated:
    'Sổ kiểm thực của ngày này chưa được lập. Hãy bấm "Lập sổ từ thực đơn" trước khi ghi.',
  food_safety_no_menu: 'Chỉ lập được sổ kiểm thực từ thực đơn đã duyệt hoặc đã khoá của ngày đó.',
  sample_too_small: 'Mẫu lưu quá ít: cần ít nhất 100 g với thức ăn đặc và 150 ml với thức ăn lỏng.',
  sample_temperature: 'Nhiệt độ bảo quản mẫu phải từ 2 °C đến 8 °C.',
  sample_discard_too_early: 'Chưa được huỷ mẫu: mẫu phải được lưu đủ 24 giờ kể từ lúc lấy.',
  sample_held:
    'Mẫu đang bị giữ vì nghi ngộ độc thực phẩm, chưa được huỷ. Hãy bỏ giữ (ghi rõ lý do) trước.',
  swap_stale:
    'Ca trực trong đề nghị đổi ca đã thay đổi (bị chuyển, xoá hoặc đã đổi cho người khác) kể từ khi đề nghị được gửi. Đề nghị này không còn dùng được; hãy rút lại và gửi đề nghị mới.',
  swap_decided:
    'Đề nghị đổi ca này đã được xử lý hoặc không còn ở bước này (đã nhận, đã duyệt, bị từ chối hoặc đã rút lại).',
  shift_started: 'Ca này đã bắt đầu hoặc đã qua, không thể nhường hay đổi nữa.',
  swap_breaks_rules: 'Không thể đổi ca vì lịch sau khi đổi sẽ vi phạm quy định:',
  swap_applying:
    'Đề nghị đổi ca này vừa được duyệt và đang chuyển ca. Hãy tải lại trang sau ít giây để xem kết quả.',
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
  already_in_care: 'This person is already in care at the centre and cannot be admitted again.',
  not_in_care: 'This resident is not at the centre (discharged or away).',
  not_absent: 'This resident has no open absence.',
  episode_closed: 'This episode of care is closed and can no longer be edited.',
  follow_ups_open: 'Some follow-up tasks are not done yet; the incident cannot be closed.',
  assessment_locked:
    'This assessment is used by an approved care plan and can no longer be edited. Record a new assessment instead.',
  plan_not_draft:
    'Only a draft can be edited or approved. This version is approved or superseded; start a new revision.',
  plan_not_current: 'Only the plan in force (approved, not superseded) can be reviewed or revised.',
  draft_outdated:
    'This draft revises a version that has since been replaced. Start a new revision from the plan in force.',
  rota_solve_running:
    'An automatic rota is already being made for this unit and month. Wait for it or cancel it, then start again.',
  shift_overlap:
    'This staff member already has a shift at that time; overlapping shifts cannot be assigned.',
  staff_inactive: 'This staff account is deactivated and cannot be assigned shifts.',
  leave_decided: 'This leave request has already been decided.',
  food_deleted: 'This dish uses a food deleted from the library. Replace that food and save again.',
  reference_food_locked:
    'Foods of the Vietnamese food composition table 2007 take only a price and allergens; their name, group, inedible part and nutrient values stay as printed.',
  menu_locked: 'The menu of this day is locked because it has been served; it cannot be changed.',
  menu_approved:
    'The menu of this day is approved; edit that day on its own (it returns to draft) rather than copying over it.',
  menu_not_approved: 'Only an approved menu can be locked.',
  menu_not_served: 'Only the menus of today or past days (already served) can be locked.',
  not_on_rota: 'This shift is not on the published rota.',
  already_checked_in: 'This shift has already been checked in.',
  not_checked_in: 'The shift was not checked in, so it cannot be checked out.',
  already_checked_out: 'This shift has already been checked out.',
  handover_missing:
    'The handover has not been written, so the shift cannot end yet. Write the handover, or ask a manager to close the shift.',
  handover_exists: 'This shift already has a handover; open and edit it.',
  handover_acknowledged:
    'The handover has been acknowledged by the next shift and can no longer be changed.',
  already_acknowledged: 'You have already acknowledged this handover.',
  rota_autofill_stale:
    'The month was edited while the automatic rota was being made (shifts or locked cells changed), so this result is out of date and was not applied. Run the auto-fill again.',
  rota_autofill_not_ready:
    'This automatic rota has not finished, found no rota, or was already applied.',
  rota_month_published:
    'This month is published. An automatic rota is applied to a draft only; return the month to draft first.',
  timesheet_not_own: 'You can only see your own timesheet.',
  food_safety_not_generated:
    'The food-safety logs of this day have not been made. Make them from the menu before recording.',
  food_safety_no_menu:
    'The food-safety logs are made only from the approved or locked menu of the day.',
  sample_too_small:
    'The sample is too small: at least 100 g of a solid food and 150 ml of a liquid one.',
  sample_temperature: 'The sample must be stored at 2 °C to 8 °C.',
  sample_discard_too_early:
    'The sample cannot be discarded yet: it must be kept for 24 hours after it was taken.',
  sample_held:
    'The sample is held because food poisoning is suspected and cannot be discarded. Release the hold (with a reason) first.',
  swap_stale:
    'A shift in this swap request has changed (moved, cleared or swapped to someone else) since the request was made. The request can no longer be used; withdraw it and make a new one.',
  swap_decided:
    'This swap request has already been handled or is no longer at this step (accepted, approved, rejected or withdrawn).',
  shift_started: 'This shift has started or is over; it can no longer be offered or swapped.',
  swap_breaks_rules: 'The swap cannot be made: the rota after it would break these rules:',
  swap_applying:
    'This swap request has just been approved and its shifts are being moved. Reload the page in a few seconds to see the result.',
};

const viFields: FieldCatalogue = {
  required: 'Vui lòng nhập thông tin này',
  tooShort: 'Cần ít nhất {{min}} ký tự',
  tooLong: 'Tối đa {{max}} ký tự',
  tooSmall: 'Giá trị phải từ {{min}} trở lên',
  tooBig: 'Giá trị không được vượt quá {{max}}',
  invalidFormat: 'Định dạng không hợp lệ',
  choose: 'Vui lòng chọn một giá trị trong danh sách',
  invalid: 'Giá trị không hợp lệ',
  unknown_field: 'Trường này không được phép',
  invalid_characters: 'Có ký tự ẩn hoặc ký tự điều khiển không được phép',
  invalid_date: 'Ngày không tồn tại',
  password_too_long: 'Mật khẩu quá dài (tối đa 72 byte; chữ có dấu chiếm 2–3 byte)',
  password_common: 'Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác',
  password_has_username: 'Mật khẩu không được chứa tên đăng nhập',
  password_unchanged: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  password_mismatch: 'Hai lần nhập mật khẩu mới không khớp',
  duplicate: 'Giá trị này đã được dùng',
  wrong_password: 'Mật khẩu hiện tại không đúng',
  self_change: 'Không thể tự khoá hoặc đổi vai trò của chính mình',
  invalid_cursor: 'Vị trí trang không hợp lệ, vui lòng tải lại danh sách',
  date_in_future: 'Ngày không được ở tương lai',
  before_birth: 'Ngày này trước ngày sinh',
  before_admission: 'Ngày này trước ngày tiếp nhận',
  before_start: 'Ngày này trước ngày bắt đầu',
  before_closure: 'Ngày này trước ngày kết thúc đợt trước',
  duplicate_items: 'Có mục bị lặp lại',
  invalid_phone: 'Số điện thoại không hợp lệ',
  invalid_id_number: 'Số định danh phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ)',
  invalid_insurance_number: 'Mã thẻ BHYT phải gồm 10 chữ số (hoặc 15 ký tự theo mẫu cũ)',
  wrong_group: 'Vai trò của bạn không được sửa trường này',
  invalid_icd10: 'Mã ICD-10 không hợp lệ (ví dụ: I10, E11.9)',
  invalid_time: 'Giờ phải có dạng HH:mm (ví dụ: 07:30)',
  future_date: 'Ngày không được ở tương lai',
  future_time: 'Thời điểm đo không được ở tương lai',
  end_before_start: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu',
  measurement_empty: 'Nhập ít nhất một chỉ số',
  blood_pressure_pair: 'Nhập cả huyết áp tâm thu và tâm trương',
  diastolic_not_below_systolic: 'Huyết áp tâm trương phải thấp hơn tâm thu',
  target_before_plan_date: 'Thời hạn không được trước ngày lập kế hoạch',
  at_least_one_goal: 'Kế hoạch cần ít nhất một mục tiêu',
  duplicate_risk: 'Nguy cơ này đã có trong danh sách',
  unknown_staff: 'Không tìm thấy nhân viên này hoặc nhân viên đã nghỉ',
  unknown_assessment: 'Không tìm thấy đánh giá này trong hồ sơ của đối tượng',
  needs_intervention: 'Cần ít nhất một biện pháp can thiệp trước khi phê duyệt',
  needs_responsible: 'Cần ít nhất một người phụ trách trước khi phê duyệt',
  goal_not_in_plan: 'Mục tiêu này không thuộc kế hoạch',
  missing_progress: 'Cần ghi tiến độ cho mọi mục tiêu của kế hoạch',
  review_too_early: 'Ngày rà soát không được trước ngày phê duyệt hoặc lần rà soát trước',
  shift_end_before_start: 'Giờ kết thúc phải sau giờ bắt đầu (hoặc chọn ca qua nửa đêm)',
  duty_not_24h: 'Ca trực 24 giờ phải kết thúc đúng giờ bắt đầu của ngày hôm sau',
  does_not_cross_midnight: 'Ca này không qua nửa đêm (giờ kết thúc sau giờ bắt đầu)',
  break_too_long: 'Thời gian nghỉ giữa ca phải ngắn hơn cả ca',
  leave_too_long: 'Một lần nghỉ phép tối đa 180 ngày',
  preferred_below_min: 'Số người mong muốn không được ít hơn số tối thiểu',
  max_below_normal: 'Giờ tối đa trong ngày không được ít hơn giờ làm bình thường',
  not_monday: 'Hãy chọn ngày thứ Hai đầu tuần',
  same_week: 'Tuần đích phải khác tuần nguồn',
  range_too_long: 'Khoảng thời gian tối đa 62 ngày',
  unknown_unit: 'Không tìm thấy khoa/đơn vị này',
  unknown_template: 'Không tìm thấy ca này hoặc ca đã ngừng dùng',
  template_overlap: 'Giờ của ca này trùng với một ca khác của cùng đơn vị',
  template_other_unit: 'Ca này thuộc đơn vị khác',
  unknown_food: 'Không tìm thấy thực phẩm này trong thư viện',
  food_deleted: 'Thực phẩm này đã bị xoá khỏi thư viện',
  unknown_recipe: 'Không tìm thấy món ăn này',
  recipe_deleted: 'Món ăn này đã bị xoá khỏi thư viện',
  menu_locked: 'Thực đơn ngày này đã khoá (đã phục vụ)',
  menu_approved: 'Thực đơn ngày này đã được duyệt',
  too_early: 'Còn quá sớm để nhận ca này (chỉ nhận trước giờ vào ca tối đa 2 giờ)',
  shift_over: 'Ca này đã kết thúc',
  unknown_entry: 'Không tìm thấy ca trực này',
  sample_too_small: 'Ít nhất 100 g (đặc) hoặc 150 ml (lỏng)',
  sample_temperature: 'Nhiệt độ phải từ 2 °C đến 8 °C',
  sample_discard_too_early: 'Chưa đủ 24 giờ kể từ lúc lấy mẫu',
  sample_held: 'Mẫu đang bị giữ, chưa được huỷ',
  hold_reason_required: 'Hãy ghi lý do giữ hoặc bỏ giữ mẫu',
  swap_own_shift: 'Hãy chọn ca của một đồng nghiệp khác, không phải ca của chính bạn',
};

const enFields: FieldCatalogue = {
  required: 'Please fill this in',
  tooShort: 'At least {{min}} characters',
  tooLong: 'At most {{max}} characters',
  tooSmall: 'Must be {{min}} or more',
  tooBig: 'Must not exceed {{max}}',
  invalidFormat: 'The format is not valid',
  choose: 'Please choose a value from the list',
  invalid: 'This value is not valid',
  unknown_field: 'This field is not allowed',
  invalid_characters: 'Contains hidden or control characters that are not allowed',
  invalid_date: 'This date does not exist',
  password_too_long: 'The password is too long (72 bytes at most; accented letters take 2–3)',
  password_common: 'This password is too common; choose another',
  password_has_username: 'The password must not contain the username',
  password_unchanged: 'The new password must differ from the current one',
  password_mismatch: 'The two new passwords do not match',
  duplicate: 'This value is already taken',
  wrong_password: 'The current password is wrong',
  self_change: 'You cannot deactivate yourself or change your own role',
  invalid_cursor: 'This page position is not valid; please reload the list',
  date_in_future: 'The date cannot be in the future',
  before_birth: 'This date is before the date of birth',
  before_admission: 'This date is before the admission',
  before_start: 'This date is before the start',
  before_closure: 'This date is before the previous episode closed',
  duplicate_items: 'An item is repeated',
  invalid_phone: 'This phone number is not valid',
  invalid_id_number: 'A personal ID number has 12 digits (9 for an old ID card)',
  invalid_insurance_number:
    'A health insurance number has 10 digits (or 15 characters on old cards)',
  wrong_group: 'Your role may not change this field',
  invalid_icd10: 'Not a valid ICD-10 code (e.g. I10, E11.9)',
  invalid_time: 'Times are written HH:mm (e.g. 07:30)',
  future_date: 'The date cannot be in the future',
  future_time: 'The time of measurement cannot be in the future',
  end_before_start: 'The end date must be on or after the start date',
  measurement_empty: 'Enter at least one value',
  blood_pressure_pair: 'Enter both the systolic and the diastolic pressure',
  diastolic_not_below_systolic: 'The diastolic pressure must be lower than the systolic',
  target_before_plan_date: 'The target date cannot be before the plan date',
  at_least_one_goal: 'A plan needs at least one goal',
  duplicate_risk: 'This risk is already listed',
  unknown_staff: 'This staff member was not found or has left',
  unknown_assessment: 'This assessment is not in the resident’s record',
  needs_intervention: 'Add at least one intervention before approval',
  needs_responsible: 'Name at least one responsible staff member before approval',
  goal_not_in_plan: 'This goal is not part of the plan',
  missing_progress: 'Record progress for every goal of the plan',
  review_too_early: 'The review date cannot be before approval or the previous review',
  shift_end_before_start:
    'The end time must be after the start time (or mark the shift as crossing midnight)',
  duty_not_24h: 'A 24-hour duty must end at its start time on the next day',
  does_not_cross_midnight: 'This shift does not cross midnight (it ends after it starts)',
  break_too_long: 'The break must be shorter than the shift',
  leave_too_long: 'One leave lasts at most 180 days',
  preferred_below_min: 'The preferred headcount cannot be below the minimum',
  max_below_normal: 'The daily maximum cannot be below the normal daily hours',
  not_monday: 'Choose the Monday that starts the week',
  same_week: 'The target week must differ from the source week',
  range_too_long: 'The range is at most 62 days',
  unknown_unit: 'This unit was not found',
  unknown_template: 'This shift template was not found or is no longer used',
  template_overlap: 'This shift overlaps another shift template of the same unit',
  template_other_unit: 'This shift template belongs to another unit',
  unknown_food: 'This food is not in the library',
  food_deleted: 'This food has been deleted from the library',
  unknown_recipe: 'This dish was not found',
  recipe_deleted: 'This dish has been deleted from the library',
  menu_locked: 'The menu of this day is locked (served)',
  menu_approved: 'The menu of this day is approved',
  too_early: 'Too early to check in (at most 2 hours before the shift starts)',
  shift_over: 'This shift has already ended',
  unknown_entry: 'This rota shift was not found',
  sample_too_small: 'At least 100 g (solid) or 150 ml (liquid)',
  sample_temperature: 'The temperature must be 2 °C to 8 °C',
  sample_discard_too_early: 'Less than 24 hours since the sample was taken',
  sample_held: 'The sample is held and cannot be discarded',
  hold_reason_required: 'Give the reason for holding or releasing the sample',
  swap_own_shift: 'Choose a shift of another colleague, not one of your own',
};

const catalogues: Record<Language, Catalogue> = { vi, en };
export const fieldCatalogues: Record<Language, FieldCatalogue> = { vi: viFields, en: enFields };

/** The user's saved language when signed in, else the browser's, else Vietnamese. */
export function languageOf(req: Request): Language {
  if (req.user) return req.user.language;
  return req.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi';
}

export function message(lang: Language, code: ErrorCode): string {
  return catalogues[lang][code];
}

/** A field message in `lang`, its `{{min}}`/`{{max}}` filled as i18next fills the client's. */
export function fieldMessage(lang: Language, { key, values = {} }: ValidationMessage): string {
  return fieldCatalogues[lang][key].replace(/\{\{(min|max)\}\}/g, (whole, name: 'min' | 'max') =>
    String(values[name] ?? whole),
  );
}

/** Parses with zod; a failure is a 400 naming each field with the shared message key. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return parsed.data;
  const fields: FieldProblems = {};
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = 'unknown_field';
      continue;
    }
    fields[issue.path.join('.') || '_'] ??= validationMessage(issue);
  }
  throw new AppError('validation_failed', fields);
}
