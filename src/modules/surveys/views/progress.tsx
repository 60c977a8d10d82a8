import { useView } from '../../../platform/views/context.ts';

/** "Section 2 of 4", with a bar for sighted users (the text says the same). */
export function SectionProgress(props: { current: number; total: number; title: string }) {
  const view = useView();
  const percent = Math.round((props.current / Math.max(1, props.total)) * 20) * 5;
  return (
    <div class="survey-progress">
      <p class="meta">{view.t('surveys.answer.progress', { current: props.current, total: props.total })}</p>
      <div class="phase-progress__bar" aria-hidden="true">
        <div class={`phase-progress__bar-fill w-${percent}`} />
      </div>
      <h2>{props.title}</h2>
    </div>
  );
}
