// Turns the generated functions.json into its zh-CN copy using src/functions/descriptions.zh-CN.json;
// function names stay the same in every language so formulas never show #NAME? in a localised Excel.
function localizeMetadata(metadata, table) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) {
      missing.push(fn.id);
      return fn;
    }
    return {
      ...fn,
      description: entry.description || fn.description,
      result: fn.result && entry.result ? { ...fn.result, description: entry.result } : fn.result,
      parameters: (fn.parameters || []).map((parameter) => {
        const text = entry.parameters && entry.parameters[parameter.name];
        if (!text) missing.push(`${fn.id}.${parameter.name}`);
        return text ? { ...parameter, description: text } : parameter;
      }),
    };
  });
  if (missing.length > 0) {
    throw new Error(`descriptions.zh-CN.json lacks: ${missing.join(", ")}`);
  }
  return { ...metadata, functions };
}

module.exports = { localizeMetadata };
