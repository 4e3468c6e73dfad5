import { Grid } from 'antd';

/**
 * Whether the screen is below antd's `md` breakpoint (an inspector's phone). Unknown before the first
 * measurement, which counts as a desktop, so a desktop never flashes the phone frame.
 */
export function usePhone(): boolean {
  return Grid.useBreakpoint().md === false;
}

/**
 * A table's `scroll` on a phone: the table keeps its columns readable (as wide as their content) and
 * scrolls sideways inside its own box, never the page; on a desktop the table is as it was.
 */
export function usePhoneTableScroll(): { x: 'max-content' } | undefined {
  return usePhone() ? { x: 'max-content' } : undefined;
}
