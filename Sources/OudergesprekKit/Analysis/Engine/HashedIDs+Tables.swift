extension HashedIDs {
  /// Writes the keys and values for `CompiledTables`, by key (the same table always gives the same bytes).
  func write(to writer: inout TableWriter) {
    writer.keyedValues(sorted)
  }

  /// The table as `write(to:)` wrote it, every value in `range` (check `reader.failed` afterwards).
  init(reading reader: inout TableReader, values range: Range<Int32>) {
    let (keys, values) = reader.keyedValues()
    guard values.allSatisfy(range.contains) else {
      reader.failFromOutside()
      self.init()
      return
    }
    self.init(keys: keys, values: values)
  }
}
