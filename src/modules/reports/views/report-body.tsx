import type { JSX } from 'preact';
import { TableScroll } from '../../../platform/views/components/table-scroll.tsx';
import { useView } from '../../../platform/views/context.ts';
import type { BuiltReport, ReportData, SectionKey } from '../report/model.ts';
import { ParticipationSections } from './participation-sections.tsx';

/** A section's text as paragraphs (a blank line parts them). */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, index) => (
          <p key={index}>{part}</p>
        ))}
    </>
  );
}

/** A simple table: a caption, column headings, and rows whose first cell heads the row. */
function DataTable(props: { caption: string; headings: string[]; rows: Array<Array<string | number>> }) {
  return (
    <TableScroll label={props.caption}>
      <table class="data-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.headings.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th scope="row" key={column}>
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type DataProps = { data: ReportData };

function StoryData({ data }: DataProps) {
  const view = useView();
  return (
    <>
      {data.story.headings.length > 0 && (
        <ul>
          {data.story.headings.map((heading, index) => (
            <li key={index}>{view.text(heading)}</li>
          ))}
        </ul>
      )}
      {data.story.decision && (
        <p>
          {view.t('reports.report.decision', {
            date: view.formatDate(data.story.decision.meetingDate),
            section: data.story.decision.sectionNumber,
          })}{' '}
          {view.text(data.story.decision.text)}
        </p>
      )}
    </>
  );
}

function PhasesData({ data }: DataProps) {
  const view = useView();
  const t = (key: string) => view.t(key);
  return (
    <>
      <DataTable
        caption={t('reports.report.phasesCaption')}
        headings={[t('reports.dimension.phase'), t('reports.report.starts'), t('reports.report.ends')]}
        rows={data.phases.map((phase) => [view.text(phase.title), view.formatDate(phase.startsOn), view.formatDate(phase.endsOn)])}
      />
      {data.events.length > 0 && (
        <DataTable
          caption={t('reports.report.eventsCaption')}
          headings={[t('reports.report.event'), t('reports.report.date')]}
          rows={data.events.map((event) => [view.text(event.title), view.formatDate(event.startsOn)])}
        />
      )}
    </>
  );
}

function ThemesData({ data }: DataProps) {
  const view = useView();
  return (
    <>
      {data.themes.map((theme, index) => (
        <section key={index} aria-labelledby={`theme-${index}`}>
          <h3 id={`theme-${index}`}>{view.text(theme.label)}</h3>
          <Paragraphs text={view.text(theme.summary)} />
          <p>{view.t('reports.report.themeCount', { contributions: theme.contributions })}</p>
          {theme.quotes.map((quote, quoteIndex) => (
            <blockquote key={quoteIndex}>
              <p>{quote}</p>
            </blockquote>
          ))}
        </section>
      ))}
    </>
  );
}

function OpinionsData({ data }: DataProps) {
  const view = useView();
  const t = (key: string) => view.t(key);
  return (
    <>
      {data.opinions.map((channel, index) => (
        <section key={index} aria-labelledby={`opinions-${index}`}>
          <h3 id={`opinions-${index}`}>{view.text(channel.question)}</h3>
          {channel.groups.length > 0 && (
            <DataTable
              caption={t('reports.report.groupsCaption')}
              headings={[t('reports.report.group'), t('reports.figures.people')]}
              rows={channel.groups.map((group) => [group.label, group.size])}
            />
          )}
          {channel.consensus.length > 0 && (
            <>
              <p>{t('reports.report.consensus')}</p>
              <ul>
                {channel.consensus.map((statement, statementIndex) => (
                  <li key={statementIndex}>{statement}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </>
  );
}

function DialoguesData({ data }: DataProps) {
  const view = useView();
  const t = (key: string) => view.t(key);
  if (data.dialogues.length === 0) return null;
  return (
    <DataTable
      caption={t('reports.report.dialoguesCaption')}
      headings={[t('reports.report.round'), t('reports.report.held'), t('reports.report.communities'), t('reports.figures.people')]}
      rows={data.dialogues.map((round) => [view.text(round.title), round.held, round.total, round.participants])}
    />
  );
}

function GoalsData({ data }: DataProps) {
  const view = useView();
  const t = (key: string) => view.t(key);
  if (data.goals.length === 0) return null;
  return (
    <DataTable
      caption={t('reports.report.goalsCaption')}
      headings={[t('reports.report.goal'), t('reports.report.objectives'), t('reports.report.indicators')]}
      rows={data.goals.map((goal) => [view.text(goal.title), goal.objectives, goal.indicators])}
    />
  );
}

function ParticipationData({ data }: DataProps) {
  const view = useView();
  return <ParticipationSections figures={data.figures[view.locale]} headingLevel={3} />;
}

/** What each section shows under its text, from the report's data (the summary only its text). */
const SECTION_DATA: Record<SectionKey, ((props: DataProps) => JSX.Element | null) | null> = {
  summary: null,
  story: StoryData,
  phases: PhasesData,
  participation: ParticipationData,
  themes: ThemesData,
  opinions: OpinionsData,
  dialogues: DialoguesData,
  goals: GoalsData,
};

/** A section's data under its text. */
function SectionBody(props: { section: SectionKey; data: ReportData }) {
  const Data = SECTION_DATA[props.section];
  return Data ? <Data data={props.data} /> : null;
}

/** The report itself, as the public page and the PDF show it: a title, then each section's heading, text and data. */
export function ReportBody(props: { report: BuiltReport; publishedAt: string | null }) {
  const view = useView();
  const { report } = props;
  return (
    <article class="final-report">
      <h1>{view.t('reports.report.title', { process: view.text(report.data.process.title) })}</h1>
      {props.publishedAt && <p>{view.t('reports.report.publishedOn', { date: view.formatDate(props.publishedAt) })}</p>}
      <nav aria-labelledby="report-contents">
        <h2 id="report-contents">{view.t('reports.report.contents')}</h2>
        <ol>
          {report.sections.map((section) => (
            <li key={section.key}>
              <a href={`#section-${section.key}`}>{view.t(`reports.section.${section.key}`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {report.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{view.t(`reports.section.${section.key}`)}</h2>
          <Paragraphs text={view.text(section.text)} />
          <SectionBody section={section.key} data={report.data} />
        </section>
      ))}
      <p>{view.t('reports.report.licence', { licence: report.licence })}</p>
    </article>
  );
}
