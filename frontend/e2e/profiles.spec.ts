import { expect, test } from './fixtures';
import { openApp, randomCjkPair } from './support';

test('an individual with the real-estate visitor card: template fields in the form, values on the detail page', async ({
  page,
}) => {
  const name = `来访${randomCjkPair()}`;
  await openApp(page, '/customers/new');
  await page.getByLabel('个人客户').check();
  await expect(page.getByTestId('section-individual')).toBeVisible();
  await expect(page.getByTestId('section-registration')).toHaveCount(0);
  await page.getByLabel('客户名称').fill(name);
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await page.getByLabel('个人电话').fill('13800138000');

  await page.getByLabel('适用模板').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('来访客户登记').click();
  await page.keyboard.press('Escape');
  const visit = page.getByTestId('custom-firstVisitDate');
  await expect(visit).toBeVisible();

  // The template requires the first visit date; the server also wants the ID's document type.
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(visit.locator('.ant-form-item-explain-error')).toHaveText('请填写首次到访日期');

  await visit.getByRole('textbox').fill('2026-10-18');
  await visit.getByRole('textbox').press('Enter');
  await page.getByTestId('custom-ageBand').locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('35-45岁').click();
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  const idType = page
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('有效身份证件类别') });
  await expect(idType.locator('.ant-form-item-explain-error')).toHaveText('请选择证件类别');

  await page.getByLabel('有效身份证件类别').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('居民身份证').click();
  await page.getByRole('button', { name: /^保\s*存$/ }).click();

  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('customer-name')).toHaveText(name);
  await expect(page.getByTestId('profile-individual')).toContainText('11010519491231002X');
  const values = page.getByTestId('template-values-b5e1e7c0-7d3a-4c1e-9f00-000000000001');
  await expect(values).toContainText('2026-10-18');
  await expect(values).toContainText('35-45岁');
});
