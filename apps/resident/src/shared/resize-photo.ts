/**
 * A picture from the gallery or camera (APP-5's profile photo, APP-4's request photos) made at most `max` pixels on its longer side and
 * JPEG-encoded on the device, so a phone's 10 MB shot goes up as ~200 KB.
 */
export async function resizePhoto(file: Blob, max = 1024): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d is unavailable');
  context.fillStyle = '#fff'; // a transparent PNG gets a white background in JPEG
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/jpeg', 0.85),
  );
}
