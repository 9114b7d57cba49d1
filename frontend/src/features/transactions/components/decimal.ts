/**
 * Exact decimal arithmetic on the API's decimal strings (BigInt of hundredths or thousandths), so
 * the form shows the same line amounts and total the server will compute: quantity × unit price
 * rounded half-up to cents.
 */
const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

function parse(value: string, scale: number): bigint | undefined {
  const text = value.trim();
  if (!DECIMAL.test(text)) return undefined;
  const [whole, fraction = ''] = text.split('.');
  if (fraction.length > scale) return undefined;
  return BigInt(whole + fraction.padEnd(scale, '0'));
}

function format(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

/** Quantity (≤ 3 decimals) × unit price (≤ 2 decimals), rounded half-up to cents. */
export function lineAmount(quantity?: string, unitPrice?: string): string | undefined {
  if (!quantity || !unitPrice) return undefined;
  const q = parse(quantity, 3);
  const p = parse(unitPrice, 2);
  if (q === undefined || p === undefined) return undefined;
  // q has 3 decimals and p 2: the product has 5; round half-up to 2.
  const product = q * p;
  return format((product + 500n) / 1000n);
}

/** The sum of amounts with 2 decimals; undefined entries are skipped. */
export function sumAmounts(amounts: (string | undefined)[]): string {
  let total = 0n;
  for (const amount of amounts) {
    const cents = amount === undefined ? undefined : parse(amount, 2);
    if (cents !== undefined) total += cents;
  }
  return format(total);
}

export function isPositive(amount?: string): boolean {
  const cents = amount === undefined ? undefined : parse(amount, 3);
  return cents !== undefined && cents > 0n;
}
