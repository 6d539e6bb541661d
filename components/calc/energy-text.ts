import { formatEnergy } from '../../i18n/format'

/**
 * An energy result as a calculator shows it: the audience's unit as the text, and the SI form
 * below it only where it differs (万千瓦时 → GWh in Chinese). `—` while there is no result.
 */
export function energyText(kwh: number | undefined, lang: string): { text: string, sub: string } {
  if (kwh === undefined)
    return { text: '—', sub: '' }
  const f = formatEnergy(kwh, lang)
  return { text: f.text, sub: f.si !== f.text ? f.si : '' }
}
