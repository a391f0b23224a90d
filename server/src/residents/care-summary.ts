// What the care summary needs from other parts of the record.
/** The resident's allergies with severity; they come from the health record. */
export async function allergiesOf(residentId: string) {
  void residentId;
  return [] as { substance: string; severity: string; reaction: string }[];
}
