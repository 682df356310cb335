/// The marker model trained on the project's labelled Dutch replies (`scripts/train-analyser-model`), made once
/// per process, on first use, from its compiled form (`DutchCompiledModel`), or from the data file
/// `MarkerModelWeights.swift` itself when the compiled form is not that file's.
enum DutchMarkerModel {
  static let shipped: MarkerModel = {
    let text = MarkerModelWeights.text
    if let compiled = TableReader.withBytes(
      of: DutchCompiledModel.numbers, count: DutchCompiledModel.count, { CompiledModel.read($0, text: text) }),
      let model = compiled
    {
      return model
    }
    return parsed
  }()

  /// The model read from the data file's text.
  static var parsed: MarkerModel {
    do {
      return try MarkerModel(parsing: MarkerModelWeights.text)
    } catch {
      fatalError("the shipped marker model does not read: \(error)")
    }
  }

  /// The Swift source of the compiled form of the shipped data file (`scripts/compile-analyser-tables`).
  static func compiledSource() -> String {
    CompiledModel.swiftSource(CompiledModel.bytes(of: parsed, text: MarkerModelWeights.text))
  }
}
