extension Vocabulary {
  /// Writes the vocabulary for `CompiledTables`: its words in id order, the typo tables and the word lists,
  /// dictionaries and sets sorted, so the same vocabulary always gives the same text.
  func write(to writer: inout TableWriter) {
    writer.words(words)
    for table in [deletions, longWords] {
      writer.int(table.count)
      for (key, value) in table.sorted {
        writer.unsigned(key)
        writer.int32(value)
      }
    }
    writer.int(longestLongWord)
    writer.words(protected.sorted())
    writer.int(variants.count)
    for key in variants.keys.sorted() {
      writer.word(key)
      writer.int32(variants[key] ?? -1)
    }
    writer.int(typoMinimumLength == Int.max ? -1 : typoMinimumLength)
    writer.words(firstNames.sorted())
  }

  /// The vocabulary as `write(to:)` wrote it (check `reader.failed` afterwards).
  init(reading reader: inout TableReader) {
    self.init()
    words = reader.words()
    ids.reserveCapacity(words.count)
    for (id, word) in words.enumerated() { ids[word] = Int32(id) }
    for slot in 0..<2 {
      let count = reader.count()
      var table = HashedIDs(minimumCapacity: count)
      var valid = true
      for _ in 0..<count {
        let key = reader.unsigned()
        let value = reader.int32()
        if value >= -1 && value < Int32(words.count) { table[key] = value } else { valid = false }
      }
      if !valid { reader.failFromOutside() }
      if slot == 0 { deletions = table } else { longWords = table }
    }
    longestLongWord = reader.int()
    protected = Set(reader.words())
    let variantCount = reader.count()
    variants.reserveCapacity(variantCount)
    for _ in 0..<variantCount {
      let key = reader.word()
      variants[key] = reader.int32()
    }
    let minimum = reader.int()
    typoMinimumLength = minimum < 0 ? Int.max : minimum
    firstNames = Set(reader.words())
    let known = Int32(words.count)
    func valid(_ values: some Sequence<Int32>, lowest: Int32) -> Bool {
      values.allSatisfy { $0 >= lowest && $0 < known }
    }
    if ids.count != words.count || !valid(variants.values, lowest: 0) {
      reader.failFromOutside()
    }
  }
}
