import type { FieldErrors } from '../../../platform/http/errors.ts';
import { LocalizedTextFields, TextField } from '../../../platform/views/components/forms.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { Process } from '../queries/find-process.ts';
import { PROCESS_LIMITS } from '../schemas.ts';
import { type FormValues, localizedOf, textOf } from './admin-form-values.ts';

/** A saved process as the values of its form. */
export function processFormValues(process: Process): FormValues {
  return {
    slug: process.slug,
    title: process.title,
    summary: process.summary,
    story: process.story,
    heroImageUrl: process.heroImageUrl ?? '',
    heroImageAlt: process.heroImageAlt,
    heroVideoUrl: process.heroVideoUrl ?? '',
  };
}

type FieldsProps = { values: FormValues; errors?: FieldErrors | undefined };

function ProcessTextFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      <LocalizedTextFields
        name="title"
        label={view.t('processes.admin.process.title')}
        value={localizedOf(values, 'title')}
        errors={errors}
        maxLength={PROCESS_LIMITS.titleMax}
      />
      <TextField
        name="slug"
        label={view.t('processes.admin.process.slug')}
        hint={view.t('processes.admin.process.slugHint')}
        value={textOf(values, 'slug')}
        errors={errors}
        maxLength={PROCESS_LIMITS.slugMax}
      />
      <LocalizedTextFields
        name="summary"
        label={view.t('processes.admin.process.summary')}
        value={localizedOf(values, 'summary')}
        errors={errors}
        required={false}
        multiline
        rows={3}
        maxLength={PROCESS_LIMITS.summaryMax}
      />
      <LocalizedTextFields
        name="story"
        label={view.t('processes.admin.process.story')}
        hint={view.t('processes.admin.process.storyHint')}
        value={localizedOf(values, 'story')}
        errors={errors}
        required={false}
        multiline
        rows={12}
        maxLength={PROCESS_LIMITS.storyMax}
      />
    </>
  );
}

function ProcessMediaFields(props: FieldsProps) {
  const view = useView();
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="heroImageUrl"
        type="url"
        label={view.t('processes.admin.process.heroImageUrl')}
        hint={view.t('processes.admin.process.heroImageUrlHint')}
        value={textOf(values, 'heroImageUrl')}
        errors={errors}
        required={false}
        maxLength={PROCESS_LIMITS.urlMax}
      />
      <LocalizedTextFields
        name="heroImageAlt"
        label={view.t('processes.admin.process.heroImageAlt')}
        hint={view.t('processes.admin.process.heroImageAltHint')}
        value={localizedOf(values, 'heroImageAlt')}
        errors={errors}
        required={false}
        maxLength={PROCESS_LIMITS.altMax}
      />
      <TextField
        name="heroVideoUrl"
        type="url"
        label={view.t('processes.admin.process.heroVideoUrl')}
        hint={view.t('processes.admin.process.heroVideoUrlHint')}
        value={textOf(values, 'heroVideoUrl')}
        errors={errors}
        required={false}
        maxLength={PROCESS_LIMITS.urlMax}
      />
    </>
  );
}

/** The fields of a process: texts in fi/sv/en (the story in Markdown), address and hero media. */
export function ProcessFields(props: FieldsProps) {
  return (
    <>
      <ProcessTextFields {...props} />
      <ProcessMediaFields {...props} />
    </>
  );
}
