import type { ImportResult } from "@boordtabel/api";
import { useMutation } from "@tanstack/react-query";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { PlanSelect } from "../../components/plan-select";
import { periodText } from "../../lib/format";
import { errorDetails, useMessage } from "../../lib/messages";
import { useLanguage } from "../../lib/use-language";
import { DEFAULT_PLAN } from "../../lib/default-plan";
import { MAX_UPLOAD_BYTES, uploadImport } from "./upload";

/** Rows shown in the tables; the counts above them cover every row. */
const SHOWN_ROWS = 200;

/** Template → upload → preview with each row's problems → commit all or nothing → summary. */
export function ImportPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: "/import" });
  const navigate = useNavigate({ from: "/import" });
  const language = useLanguage();
  const plan = search.plan ?? DEFAULT_PLAN;
  const [upload, setUpload] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The file goes up as multipart/form-data (POST /api/v1/import), not inside a JSON body.
  const send = (file: File, dryRun: boolean) =>
    uploadImport(file, { plan, dryRun, language, failed: t("import.failed") });
  const preview = useMutation({ mutationFn: (file: File) => send(file, true) });
  const commit = useMutation({ mutationFn: (file: File) => send(file, false) });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so that choosing the corrected file under the same name is seen as a new choice.
    event.target.value = "";
    commit.reset();
    preview.reset();
    setProblem(null);
    if (!file) return setUpload(null);
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      setUpload(null);
      return setProblem(t("import.wrongType"));
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      setUpload(null);
      return setProblem(t("import.tooLarge", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 }));
    }
    // A copy in memory: the commit sends the bytes that were previewed, even if the file changes.
    const copy = new File([await file.arrayBuffer()], file.name);
    setUpload(copy);
    preview.mutate(copy, { onError: (e) => setProblem(errorDetails(e).message) });
  };

  const result = commit.data ?? preview.data;
  return (
    <>
      <h1>{t("import.title")}</h1>
      <ol className="steps">
        <li>
          <h2>{t("import.step1")}</h2>
          <PlanSelect value={plan} onChange={(next) => void navigate({ search: { ...search, plan: next } })} />{" "}
          <a href={`/api/v1/plans/${plan}/import-template.csv`} download>
            {t("import.templateCsv")}
          </a>{" "}
          ·{" "}
          <a href={`/api/v1/plans/${plan}/import-template.xlsx`} download>
            {t("import.templateXlsx")}
          </a>
          <p className="muted">{t("import.columns")}</p>
          <p className="muted">
            {t("import.limits", {
              mb: MAX_UPLOAD_BYTES / 1024 / 1024,
              rows: (100_000).toLocaleString(language === "nl" ? "nl-BE" : "en-GB"),
            })}
          </p>
        </li>
        <li>
          <h2>{t("import.step2")}</h2>
          <label htmlFor="import-file">{t("import.file")}</label>{" "}
          <input id="import-file" type="file" accept=".csv,.xlsx" onChange={(e) => void choose(e)} />
          {problem && (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )}
        </li>
        <li>
          <h2>{t("import.step3")}</h2>
          {preview.isPending && <p role="status">{t("import.checking")}</p>}
          {result && <ResultView result={result} committed={Boolean(commit.data?.committed)} />}
          {upload && preview.data && !commit.data && (
            <button
              type="button"
              className="primary"
              disabled={preview.data.errors.length > 0 || commit.isPending}
              onClick={() => commit.mutate(upload, { onError: (e) => setProblem(errorDetails(e).message) })}
            >
              {t("import.commit", { count: preview.data.rows })}
            </button>
          )}
          {commit.data?.committed && (
            <p>
              <Link to="/due" search={{ plan }}>
                {t("import.toDue")}
              </Link>
            </p>
          )}
        </li>
      </ol>
    </>
  );
}

function ResultView({ result, committed }: { result: ImportResult; committed: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const message = useMessage();
  if (result.errors.length > 0) {
    return (
      <div data-testid="import-errors">
        <p role="alert" className="field-error">
          {t("import.nothingSaved", { count: result.errors.length })}
        </p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("import.row")}</th>
              <th scope="col">{t("import.field")}</th>
              <th scope="col">{t("import.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {result.errors.slice(0, SHOWN_ROWS).flatMap((e) =>
              e.issues.map((issue, i) => (
                <tr key={`${e.row}-${i}`} data-error-row={e.row}>
                  <th scope="row">{e.row}</th>
                  <td>{issue.field}</td>
                  <td>{message(issue.messageKey, issue.params ?? {})}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
        {result.errors.length > SHOWN_ROWS && (
          <p className="muted">{t("import.more", { count: result.errors.length - SHOWN_ROWS })}</p>
        )}
      </div>
    );
  }
  return (
    <div data-testid={committed ? "import-done" : "import-preview"}>
      <p role="status" className={committed ? "success" : undefined}>
        {t(committed ? "import.done" : "import.ready", { created: result.created, revised: result.revised })}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("import.row")}</th>
            <th scope="col">{t("commitments.kpis")}</th>
            <th scope="col">{t("kpi.period")}</th>
            <th scope="col">{t("kpi.actual")}</th>
            <th scope="col">{t("history.version")}</th>
          </tr>
        </thead>
        <tbody>
          {result.changes.slice(0, SHOWN_ROWS).map((c) => (
            <tr key={c.row}>
              <th scope="row">{c.row}</th>
              <td>{c.kpi}</td>
              <td>{periodText(c.period, language)}</td>
              <td className="number">{c.value?.toLocaleString(language === "nl" ? "nl-BE" : "en-GB") ?? "–"}</td>
              <td>{c.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.rows > SHOWN_ROWS && <p className="muted">{t("import.more", { count: result.rows - SHOWN_ROWS })}</p>}
    </div>
  );
}
