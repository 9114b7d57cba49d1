import { expect, test } from './fixtures';
import { openApp, randomCjkPair, uniqueCreditCode, withWrongCheckCharacter } from './support';

const HEADER =
  '客户名称/name,客户类型/kind,统一社会信用代码/creditCode,联系人/contactName,联系人电话/contactMobile\n';

const csvFile = (name: string, body: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(HEADER + body, 'utf-8'),
});

test('rep1 imports customers: a bad row is shown, the fixed file is committed', async ({
  page,
}) => {
  const pair = randomCjkPair();
  const first = `导入甲${pair}公司`;
  const second = `导入乙${pair}公司`;
  const code = uniqueCreditCode();
  const otherCode = uniqueCreditCode();

  await openApp(page, '/imports');
  await expect(page.getByRole('heading', { name: '批量导入客户' })).toBeVisible();
  const input = page.locator('input[type=file]');

  await input.setInputFiles(
    csvFile(
      'bad.csv',
      `${first},单位客户,${code},张伟,13800138000\n${second},单位客户,${withWrongCheckCharacter(otherCode)},李娜,\n`,
    ),
  );
  await expect(page.getByText('发现 1 处错误，请下载错误清单修改后重新上传。')).toBeVisible();
  const errorRow = page.getByRole('row').filter({ hasText: 'creditCode' });
  await expect(errorRow).toContainText('3');
  await expect(page.getByRole('button', { name: /确认导入/ })).toHaveCount(0);

  await input.setInputFiles(
    csvFile(
      'fixed.csv',
      `${first},单位客户,${code},张伟,13800138000\n${second},单位客户,${otherCode},李娜,\n`,
    ),
  );
  await expect(page.getByText('全部行校验通过，可以导入。')).toBeVisible();
  await page.getByRole('button', { name: /确认导入 2 个客户/ }).click();
  await expect(page.getByText('已导入 2 个客户档案(草稿)。')).toBeVisible();

  await openApp(page, '/customers');
  await page.getByRole('textbox', { name: '搜索' }).fill(first);
  await expect(page.getByRole('row', { name: new RegExp(first) })).toBeVisible();
});
