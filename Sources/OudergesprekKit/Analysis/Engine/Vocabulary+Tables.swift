extension Vocabulary {
  /// Writes the vocabulary for `CompiledTables`: its words in id order and the word lists, dictionaries and
  /// sets sorted, so the same vocabulary always gives the same text. The typo tables are not written: they
  /// follow from the words (`enableTypoCorrection`), faster than they read.
  func write(to writer: inout TableWriter) {
    writer.words(words)
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
    for (id, word) in words.enumerated() {
      ids[word] = Int32(id)
      noteASCII(word, Int32(id))
    }
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
    if typoMinimumLength != Int.max { enableTypoCorrection(minimumLength: typoMinimumLength, protectedWords: []) }
    let known = Int32(words.count)
    func valid(_ values: some Sequence<Int32>, lowest: Int32) -> Bool {
      values.allSatisfy { $0 >= lowest && $0 < known }
    }
    if ids.count != words.count || !valid(variants.values, lowest: 0) {
      reader.failFromOutside()
    }
  }
}
