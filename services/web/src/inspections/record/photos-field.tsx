import { useEffect, useMemo, useRef } from 'react';
import { Button, Tag } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import type { DraftPhoto } from './draft';

const KEEP_AS_IS_BYTES = 1_500_000;
const LONG_EDGE = 1600;

/** A camera photo over 1.5 MB made smaller (long edge 1600 px, JPEG) for a weak connection; as it is otherwise. */
async function compressed(file: File): Promise<Blob> {
  if (file.size <= KEEP_AS_IS_BYTES) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, LONG_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file; // a type the browser cannot draw (HEIC): the server takes it as it is
  }
}

function photoName(file: File, blob: Blob): string {
  return blob === file ? file.name : file.name.replace(/\.[^.]*$/, '') + '.jpg';
}

/** Photos from the phone's camera (`capture`), kept in the draft until the record is submitted. */
export function PhotosField(props: { photos: DraftPhoto[]; onChange: (photos: DraftPhoto[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const urls = useMemo(() => new Map(props.photos.map((p) => [p.id, URL.createObjectURL(p.blob)])), [props.photos]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const taken = async (files: FileList | null) => {
    const added: DraftPhoto[] = [];
    for (const file of Array.from(files ?? [])) {
      const blob = await compressed(file);
      // Not crypto.randomUUID: it needs a secure context, which an intranet address over http is not.
      const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      added.push({ id, name: photoName(file, blob), blob });
    }
    if (input.current) input.current.value = '';
    if (added.length) props.onChange([...props.photos, ...added]);
  };

  return (
    <div className="record-photos">
      <input
        ref={input}
        id="record-photo-input"
        className="record-hidden-input"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        aria-label="拍摄现场照片"
        onChange={(e) => void taken(e.target.files)}
      />
      <Button size="large" block icon={<CameraOutlined />} onClick={() => input.current?.click()}>
        拍照
      </Button>
      <ul className="record-photo-list">
        {props.photos.map((p, i) => (
          <li key={p.id}>
            <img src={urls.get(p.id)} alt={`现场照片 ${i + 1}`} />
            {p.evidenceId ? (
              <Tag color="green">已上传</Tag>
            ) : (
              <Button
                size="large"
                danger
                aria-label={`删除照片 ${i + 1}`}
                onClick={() => props.onChange(props.photos.filter((x) => x.id !== p.id))}
              >
                删除
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
