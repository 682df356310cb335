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
    var keys: [UInt64] = []
    var values: [Int32] = []
    keys.reserveCapacity(size)
    values.reserveCapacity(size)
    for _ in 0..<size {
      keys.append(reader.fixed64())
      values.append(reader.int32())
    }
    guard values.allSatisfy(range.contains) else {
      reader.failFromOutside()
      self.init()
      return
    }
    self.init(keys: keys, values: values)
  }
}
