import { useView } from '../context.ts';
import { AdminLayout, type Crumb } from './admin-layout.tsx';
import { Button, Form } from './forms.tsx';

/**
 * Asks before a destructive action: says what will be lost, posts to `action`
 * with `confirm=yes`, and offers a way back. Works without JavaScript.
 */
export function ConfirmPage(props: {
  title: string;
  question: string;
  consequence: string;
  action: string;
  cancelHref: string;
  confirmLabel: string;
  breadcrumbs?: Crumb[];
}) {
  const view = useView();
  return (
    <AdminLayout title={props.title} breadcrumbs={props.breadcrumbs}>
      <h1>{props.title}</h1>
      <div class="confirm">
        <p>
          <strong>{props.question}</strong>
        </p>
        <p>{props.consequence}</p>
        <Form action={props.action}>
          <input type="hidden" name="confirm" value="yes" />
          <div class="form-actions">
            <Button variant="danger">{props.confirmLabel}</Button>
            <a class="button button--secondary" href={props.cancelHref}>
              {view.t('platform.admin.cancel')}
            </a>
          </div>
        </Form>
      </div>
    </AdminLayout>
  );
}
