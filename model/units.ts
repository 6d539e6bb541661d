/** Unit conversions; the model works in kWh, kg, kW and hours. */

/** Exact definition of the international avoirdupois pound. */
export const KG_PER_POUND = 0.45359237
export const KG_PER_TONNE = 1000
export const HOURS_PER_DAY = 24
export const DAYS_PER_YEAR = 365

/** Pounds to kilograms (626,155 lb → 284,018 kg). */
export const poundsToKg = (lb: number): number => lb * KG_PER_POUND
/** Kilograms to pounds. */
export const kgToPounds = (kg: number): number => kg / KG_PER_POUND
/** Kilograms to tonnes. */
export const kgToTonnes = (kg: number): number => kg / KG_PER_TONNE
/** Tonnes to kilograms. */
export const tonnesToKg = (t: number): number => t * KG_PER_TONNE

/** Watt-hours to kilowatt-hours. */
export const whToKwh = (wh: number): number => wh / 1e3
/** Kilowatt-hours to watt-hours. */
export const kwhToWh = (kwh: number): number => kwh * 1e3
/** kWh to MWh. */
export const kwhToMwh = (kwh: number): number => kwh / 1e3
/** kWh to GWh. */
export const kwhToGwh = (kwh: number): number => kwh / 1e6
/** kWh to TWh. */
export const kwhToTwh = (kwh: number): number => kwh / 1e9
/** MWh to kWh. */
export const mwhToKwh = (mwh: number): number => mwh * 1e3
/** GWh to kWh. */
export const gwhToKwh = (gwh: number): number => gwh * 1e6
/** TWh to kWh. */
export const twhToKwh = (twh: number): number => twh * 1e9
/** Watts to kilowatts. */
export const wattsToKw = (w: number): number => w / 1e3

/** Days to hours. */
export const daysToHours = (days: number): number => days * HOURS_PER_DAY
/** Hours to days. */
export const hoursToDays = (hours: number): number => hours / HOURS_PER_DAY
