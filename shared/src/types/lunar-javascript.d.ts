// The few parts of lunar-javascript (no types of its own) that the holiday table uses.
declare module 'lunar-javascript' {
  export interface SolarDate {
    toYmd(): string;
    next(days: number): SolarDate;
  }
  export const Lunar: {
    fromYmd(year: number, month: number, day: number): { getSolar(): SolarDate };
  };
}
