import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Duban2026';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function expectSignedIn(page: Page) {
  await expect(page.getByTestId('current-user')).toBeVisible();
  await expect(page.getByTestId('main-menu')).toBeVisible();
}
