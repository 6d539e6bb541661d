/** Unit conversions; the model works in kWh, kg, kW and hours. */

/** Exact definition of the international avoirdupois pound. */
export const KG_PER_POUND = 0.45359237
const KG_PER_TONNE = 1000
export const HOURS_PER_DAY = 24
export const DAYS_PER_YEAR = 365

/** Pounds to kilograms (626,155 lb → 284,018 kg). */
export const poundsToKg = (lb: number): number => lb * KG_PER_POUND
/** Kilograms to tonnes. */
export const kgToTonnes = (kg: number): number => kg / KG_PER_TONNE

/** kWh to GWh. */
export const kwhToGwh = (kwh: number): number => kwh / 1e6
/** kWh to TWh. */
export const kwhToTwh = (kwh: number): number => kwh / 1e9

/** Days to hours. */
export const daysToHours = (days: number): number => days * HOURS_PER_DAY
/** Hours to days. */
export const hoursToDays = (hours: number): number => hours / HOURS_PER_DAY
