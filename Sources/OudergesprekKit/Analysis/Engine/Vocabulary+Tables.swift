extension Vocabulary {
  /// Writes the vocabulary for `CompiledTables`: its words in id order and the word lists, dictionaries and
  /// sets sorted, so the same vocabulary always gives the same bytes; the word tables by hash and the typo
  /// tables too (`enableTypoCorrection`), so a process builds none of them.
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
    asciiIDs.write(to: &writer)
    deletions.write(to: &writer)
    longWords.write(to: &writer)
    writer.int(longestLongWord)
  }

  /// The vocabulary as `write(to:)` wrote it (check `reader.failed` afterwards).
  init(reading reader: inout TableReader) {
    self.init()
    words = reader.words()
    ids.reserveCapacity(words.count)
    for (id, word) in words.enumerated() { ids[word] = Int32(id) }
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
    // Ids of words, and -2 (a shared hash) or -1 (several words) as the tables use them.
    let known = Int32(words.count)
    asciiIDs = HashedIDs(reading: &reader, values: -2..<known)
    deletions = HashedIDs(reading: &reader, values: -1..<known)
    longWords = HashedIDs(reading: &reader, values: 0..<known)
    longestLongWord = reader.int()
    func valid(_ values: some Sequence<Int32>, lowest: Int32) -> Bool {
      values.allSatisfy { $0 >= lowest && $0 < known }
    }
    if ids.count != words.count || !valid(variants.values, lowest: 0) {
      reader.failFromOutside()
    }
  }
}
