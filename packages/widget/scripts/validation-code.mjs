// Which bundled inputs are validation code: Zod, and every module of the schemas package except its
// Zod-free vocabulary. A published folder was validated when it was published, so the widget's code for
// reading one (the first search's code, in the CDN build's element file) must contain none of it; build.mjs
// and a test check that.

/** Whether an esbuild metafile input path is validation code. */
export function isValidationCode(input) {
  const path = input.replaceAll("\\", "/");
  if (/(^|\/)zod\//.test(path)) return true;
  const schemas = /(^|\/)(schemas|@beratungsfinder\/schemas)\/(src|dist)\/(.*)$/.exec(path);
  return schemas !== null && !schemas[4].startsWith("vocabulary/");
}

/** The inputs of one output of an esbuild metafile that are validation code and made it into the output. */
export function validationInputs(metafile, output) {
  return Object.entries(metafile.outputs[output]?.inputs ?? {})
    .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && isValidationCode(input))
    .map(([input]) => input);
}
