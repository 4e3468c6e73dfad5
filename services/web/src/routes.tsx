import type { ComponentType } from 'react';
import { Spin } from 'antd';
import { createBrowserRouter, redirect } from 'react-router';
import { AppLayout } from './common/app-layout';

/** A route whose page is its own chunk, fetched when the route is first visited. */
function page(load: () => Promise<{ default: ComponentType }>) {
  return async () => ({ Component: (await load()).default });
}

/**
 * What shows while the first page's chunk loads on the first visit (a phone on a weak connection waits a while): the
 * spinner the layout shows while it loads the user. Given to each top-level route, so react-router has a fallback
 * for the initial load of a lazy route instead of warning "No `HydrateFallback` element provided" in the console.
 */
const HydrateFallback = () => <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;

/** One chunk per area (WEB.md "Shape"); areas the next sessions build add their routes here. */
export const router = createBrowserRouter([
  { path: '/login', HydrateFallback, lazy: page(() => import('./login/login-page')) },
  // The anonymous portal (issue 14): its own frame, client and schema; the workbench's session is not used.
  {
    path: '/gs',
    HydrateFallback,
    lazy: page(() => import('./public/public-layout')),
    children: [
      { index: true, lazy: page(() => import('./public/search-page')) },
      { path: 'target/:code', lazy: page(() => import('./public/target-page')) },
      { path: 'publication/:id', lazy: page(() => import('./public/publication-page')) },
      { path: 'items', lazy: page(() => import('./public/bureau-kind-page')) },
      { path: 'inspectors', lazy: page(() => import('./public/bureau-kind-page')) },
      { path: 'plans', lazy: page(() => import('./public/bureau-kind-page')) },
      { path: 'appeal', lazy: page(() => import('./public/appeal/appeal-form-page')) },
      { path: 'appeal/status', lazy: page(() => import('./public/appeal/appeal-status-page')) },
      { path: 'draws', lazy: page(() => import('./public/draw/draws-page')) },
      { path: 'draws/:id', lazy: page(() => import('./public/draw/draw-page')) },
      { path: 'audit', lazy: page(() => import('./public/draw/audit-page')) },
      { path: '*', lazy: async () => ({ Component: (await import('./public/public-state')).PublicNotFound }) },
    ],
  },
  {
    path: '/',
    Component: AppLayout,
    HydrateFallback,
    children: [
      // The loader sends "/" on to 待办 before anything renders; the empty Component only tells react-router the route
      // renders nothing on purpose (without one it warns that the leaf route at "/" has no element).
      { index: true, loader: () => redirect('/todo'), Component: () => null },
      { path: 'todo', lazy: page(() => import('./todo/todo-page')) },
      { path: 'inspections', lazy: page(() => import('./inspections/my-inspections-page')) },
      { path: 'inspections/all', lazy: page(() => import('./inspections/after/inspections-list-page')) },
      { path: 'inspections/:id', lazy: page(() => import('./inspections/inspection-page')) },
      { path: 'inspections/:id/record', lazy: page(() => import('./inspections/record/record-page')) },
      { path: 'items', lazy: page(() => import('./catalog/items-page')) },
      { path: 'items/new', lazy: page(() => import('./catalog/item-form-page')) },
      { path: 'items/review', lazy: page(() => import('./catalog/review-page')) },
      { path: 'items/:id', lazy: page(() => import('./catalog/item-page')) },
      { path: 'items/:id/edit', lazy: page(() => import('./catalog/item-form-page')) },
      { path: 'items/:id/revise', lazy: page(() => import('./catalog/item-form-page')) },
      { path: 'items/:id/diff', lazy: page(() => import('./catalog/item-diff-page')) },
      { path: 'plans', lazy: page(() => import('./planning/plans-page')) },
      { path: 'plans/filings', lazy: page(() => import('./planning/filing-queue-page')) },
      { path: 'plans/:id', lazy: page(() => import('./planning/plan-page')) },
      { path: 'draws', lazy: page(() => import('./draw/draws-page')) },
      { path: 'draws/:id', lazy: page(() => import('./draw/draw-page')) },
      { path: 'targets', lazy: page(() => import('./directory/targets-page')) },
      { path: 'targets/import', lazy: page(() => import('./directory/import-page')) },
      { path: 'targets/:id', lazy: page(() => import('./directory/target-page')) },
      { path: 'inspectors', lazy: page(() => import('./directory/inspectors-page')) },
      { path: 'inspectors/import', lazy: page(() => import('./directory/import-page')) },
      { path: 'inspectors/:id', lazy: page(() => import('./directory/inspector-page')) },
      { path: 'technicians', lazy: page(() => import('./directory/technicians-page')) },
      { path: 'directories', lazy: page(() => import('./directory/readiness-page')) },
      { path: 'publications', lazy: page(() => import('./publication/publications-page')) },
      { path: 'publications/:id', lazy: page(() => import('./publication/publication-page')) },
      { path: 'credit', lazy: page(() => import('./credit/credit-page')) },
      { path: 'appeals', lazy: page(() => import('./appeals/appeals-page')) },
      { path: 'appeals/:id', lazy: page(() => import('./appeals/appeal-page')) },
      // re-checks by the superior (R54)
      { path: 'rechecks', lazy: page(() => import('./rechecks/rechecks-page')) },
      { path: 'rechecks/findings', lazy: page(() => import('./rechecks/findings-page')) },
      { path: 'rechecks/:id', lazy: page(() => import('./rechecks/recheck-page')) },
      { path: 'audit', lazy: page(() => import('./audit/audit-page')) },
      // supervision: assessment (issue 15, R55)
      { path: 'assessment', lazy: page(() => import('./assessment/assessment-page')) },
      // supervision: round and situation reports (issue 15, R22, R56)
      { path: 'reports', lazy: page(() => import('./reports/reports-page')) },
      { path: 'admin/:tab?', lazy: page(() => import('./admin/admin-page')) },
      // Supervision: dashboard statistics (issue 15)
      { path: 'dashboard', lazy: page(() => import('./dashboard/dashboard-page')) },
      { path: '*', lazy: async () => ({ Component: (await import('./common/not-found')).NotFoundView }) },
    ],
  },
]);
