/** Unit conversions; the model works in kWh, kg, kW and hours. */
export const HOURS_PER_DAY = 24
export const DAYS_PER_YEAR = 365

/** Days to hours. */
export const daysToHours = (days: number): number => days * HOURS_PER_DAY
/** Hours to days. */
export const hoursToDays = (hours: number): number => hours / HOURS_PER_DAY
