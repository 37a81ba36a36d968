// Where files come in: a file picker, and the whole zone as a drop target.
import { type DragEvent, useState } from 'react';
import { ACCEPTED_TYPES, LIMITS_HINT } from './format.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * A drop zone with a "choose files" input; hands every file it gets to `onFiles`.
 *
 * @example
 * ```tsx
 * <FileDropZone inputId={`attach-${taskId}`} onFiles={start} />
 * ```
 */
export function FileDropZone({ inputId, onFiles }: { inputId: string; onFiles(files: File[]): void }) {
  const [dragging, setDragging] = useState(false);

  const over = (event: DragEvent<HTMLFieldSetElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault(); // this is what allows the drop
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const leave = (event: DragEvent<HTMLFieldSetElement>) => {
    // Moving onto a child fires dragleave on the zone too: only leaving the zone counts.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const drop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    onFiles([...event.dataTransfer.files]);
  };

  return (
    <fieldset className="drop-zone" data-dragging={dragging} onDragOver={over} onDragLeave={leave} onDrop={drop}>
      <legend>Attach files</legend>
      <label htmlFor={inputId}>Drop files here, or choose them:</label>{' '}
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPTED_TYPES}
        onChange={(event) => {
          onFiles([...(event.currentTarget.files ?? [])]);
          event.currentTarget.value = ''; // so the same file can be chosen again
        }}
      />
      <p className="muted">{LIMITS_HINT}</p>
    </fieldset>
  );
}
