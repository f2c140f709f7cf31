import type { LoadedDataset } from "@beratungsfinder/core";
import type { Dataset } from "@beratungsfinder/schemas";
import { Task, TaskStatus } from "@lit/task";
import type { ReactiveControllerHost } from "lit";
import { startDatasetDownload } from "../dataset-download.js";
import { datasetFailure, errorCode, type Failure, WidgetError } from "../failure.js";
import { officeLanguages } from "../search-model.js";

export type DatasetSource = Dataset | object | string | URL;

export interface LoadedData {
  loaded: LoadedDataset;
  /** The counselling languages of the dataset, collected once per load (not per keystroke). */
  languages: string[];
}

export interface DatasetControllerOptions {
  /** The dataset object, else its URL (or JSON text). */
  source(): DatasetSource | undefined;
  onLoad(data: LoadedData): void;
  onError(error: unknown): void;
}

/**
 * Loads, validates and indexes the dataset with `@lit/task`: a new source aborts the running request,
 * and a late answer for an old source is dropped. A running request is kept when the element leaves the
 * page, because frameworks move elements (disconnect, then connect again).
 */
export class DatasetController {
  private current?: LoadedData;
  private readonly task: Task<[DatasetSource | undefined], LoadedData>;

  constructor(host: ReactiveControllerHost, options: DatasetControllerOptions) {
    this.task = new Task(host, {
      task: ([source], { signal }) => load(source, signal),
      args: () => [options.source()],
      onComplete: (data) => {
        this.current = data;
        options.onLoad(data);
      },
      onError: (error) => options.onError(error),
    });
  }

  /** The dataset last loaded; kept while another loads or after a reload failed. */
  get data(): LoadedData | undefined {
    return this.current;
  }

  /** What the widget says about the last load's failure, while it stands. */
  get failure(): Failure | undefined {
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const { error } = this.task;
    return {
      kind: "dataset",
      message: errorCode(error) === "NO_SOURCE" ? "error.noSource" : datasetFailure(error),
    };
  }

  get status(): "loading" | "ready" | "error" {
    const { status } = this.task;
    return status === TaskStatus.COMPLETE ? "ready" : status === TaskStatus.ERROR ? "error" : "loading";
  }

  /** Loads the current source again, e.g. after a network error. */
  retry(): void {
    void this.task.run();
  }
}

async function load(source: DatasetSource | undefined, signal: AbortSignal): Promise<LoadedData> {
  if (!source) {
    // Frameworks may set `data` right after connecting: give them a task before saying it is missing.
    await new Promise((resolve) => setTimeout(resolve));
    signal.throwIfAborted();
    throw new WidgetError(
      "NO_SOURCE",
      "Neither `src` nor `data` is set: the widget has no dataset to search.",
    );
  }
  // The validation code (its own file in the CDN build) loads while the dataset downloads.
  const download = startDatasetDownload(source, signal);
  const { loadDataset } = await import("../dataset-validation.js");
  const loaded = await loadDataset(source, { signal, ...(download && { fetch: () => download }) });
  return { loaded, languages: officeLanguages(loaded.dataset) };
}
