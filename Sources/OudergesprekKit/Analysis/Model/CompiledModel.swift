/// A marker model as bytes for a generated Swift source (`DutchCompiledModel`, written by
/// `scripts/compile-analyser-tables` from the data file `MarkerModelWeights.swift`), so a process takes its rows
/// and its table of feature keys as they are instead of reading about 20,000 lines of text at start.
///
/// The data file stays what a person reads and what a diff shows; the bytes are its compiled form, and they
/// keep the feature names as byte ranges of that file's text. They begin with the length of the text they were
/// made from: a model whose text has another length reads the text itself (`DutchMarkerModel`), and a test
/// (`compiledModelIsUpToDate`) fails until the file is written again.
enum CompiledModel {
  /// Raised when the layout changes, so old bytes are never read as new ones.
  static let formatVersion: UInt64 = 1

  /// The bytes of `model`, read from `text` (its feature names are byte ranges of it).
  static func bytes(of model: MarkerModel, text: String) -> [UInt8] {
    var writer = TableWriter()
    writer.unsigned(formatVersion)
    writer.int(text.utf8.count)
    writer.int(MarkerModel.width)
    let bounds = model.names.bounds
    writer.int(bounds.count)
    var previous: Int32 = 0
    for bound in bounds {
      writer.int32(bound - previous)
      previous = bound
    }
    writer.keyedValues(model.rowOfKey.sorted)
    let weights = model.rows.indices.filter { model.rows[$0].bitPattern != 0 }
    writer.int(model.rows.count)
    writer.int(weights.count)
    var last = 0
    for index in weights {
      writer.int(index - last)
      writer.fixed32(model.rows[index].bitPattern)
      last = index
    }
    return writer.bytes
  }

  /// The model in `bytes` when they were written by this version from a text as long as `text`, and read whole;
  /// nil otherwise.
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> MarkerModel? {
    var reader = TableReader(bytes)
    guard reader.unsigned() == formatVersion, reader.int() == text.utf8.count, reader.int() == MarkerModel.width
    else { return nil }
    let boundCount = reader.count()
    var bounds: [Int32] = []
    bounds.reserveCapacity(boundCount)
    var previous: Int32 = 0
    for _ in 0..<boundCount {
      previous &+= reader.int32()
      guard previous >= 0, Int(previous) <= text.utf8.count else { return nil }
      bounds.append(previous)
    }
    let rowCount = boundCount / 2
    let (keys, rowsOfKeys) = reader.keyedValues()
    guard rowsOfKeys.allSatisfy({ $0 >= 0 && Int($0) < rowCount }) else { return nil }
    let rowOfKey = FeatureRows(keys: keys, rows: rowsOfKeys)
    let size = reader.int()
    guard size == rowCount * MarkerModel.width else { return nil }
    var rows = [Float](repeating: 0, count: size)
    let weightCount = reader.count()
    var index = 0
    for _ in 0..<weightCount {
      index += reader.int()
      let bits = reader.fixed32()
      guard index >= 0 && index < size else { return nil }
      rows[index] = Float(bitPattern: bits)
    }
    guard reader.isAtEnd, boundCount % 2 == 0 else { return nil }
    return MarkerModel(names: FeatureNames(text: text, bounds: bounds), rowOfKey: rowOfKey, rows: rows)
  }

  /// The generated Swift source that holds `bytes` (`DutchCompiledModel.swift`).
  static func swiftSource(_ bytes: [UInt8]) -> String {
    var writer = TableWriter()
    writer.append(bytes)
    return writer.swiftSource(
      name: "DutchCompiledModel",
      comments: [
        "Written by `oudergesprek analyseer --modeltabellen` (scripts/compile-analyser-tables); do not edit by hand.",
        "The weights stay in MarkerModelWeights.swift: this is their compiled form (`CompiledModel`), read at start.",
      ],
      summary: "The compiled form of the shipped marker model (`MarkerModelWeights`)")
  }
}
