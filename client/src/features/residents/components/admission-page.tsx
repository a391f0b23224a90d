export function AdmissionPage() {
  return null;
}
