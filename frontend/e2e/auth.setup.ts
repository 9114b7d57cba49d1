import { expect, test as setup } from '@playwright/test';
import { authFile } from './env';
import { loginOnKeycloak } from './support';

setup('sign in as rep1 through the Keycloak login page', async ({ page }) => {
  await page.goto('/');
  await loginOnKeycloak(page, 'rep1');
  const user = page.getByTestId('current-user');
  await expect(user).toBeVisible({ timeout: 30_000 });
  await expect(user).toContainText('业务员');
  // Keycloak's SSO cookies let later pages come back signed in without the form.
  await page.context().storageState({ path: authFile });
});
