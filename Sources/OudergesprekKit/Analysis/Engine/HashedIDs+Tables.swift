extension HashedIDs {
  /// Writes the keys and values for `CompiledTables`, by key (the same table always gives the same bytes).
  func write(to writer: inout TableWriter) {
    let pairs = sorted
    writer.int(pairs.count)
    for pair in pairs {
      writer.fixed64(pair.key)
      writer.int32(pair.value)
    }
  }

  /// The table as `write(to:)` wrote it, every value in `range` (check `reader.failed` afterwards).
  init(reading reader: inout TableReader, values range: Range<Int32>) {
    let size = reader.count()
    self.init(minimumCapacity: size)
    for _ in 0..<size {
      let key = reader.fixed64()
      let value = reader.int32()
      guard range.contains(value) else {
        reader.failFromOutside()
        return
      }
      self[key] = value
    }
  }
}
