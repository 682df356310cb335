/// A lexicon's compiled pattern table and vocabulary as bytes, for a generated Swift source
/// (`DutchCompiledTables`, written by `scripts/compile-analyser-tables`), so a process reads them where the
/// program's data lies instead of compiling the patterns at every start.
///
/// The bytes begin with a fingerprint of everything in the lexicon that the compilation reads. A debug build
/// uses them only when the fingerprint is its lexicon's: after an edit of the Dutch data it compiles the patterns
/// itself (the same findings, a slower start) until the file is written again, and a test
/// (`compiledTablesAreUpToDate`) says so. A release build does not compute the fingerprint (it costs more than
/// reading the tables): it trusts the file that the test keeps current.
enum CompiledTables {
  /// Raised when the layout changes, so old bytes are never read as new ones.
  static let formatVersion: UInt64 = 4

  /// The bytes of `lexicon`'s compiled tables.
  static func bytes(for lexicon: LanguageLexicon) throws -> [UInt8] {
    let engine = try MarkerEngine(lexicon: lexicon, compiled: nil)
    var writer = TableWriter()
    writer.unsigned(formatVersion)
    writer.fixed64(fingerprint(of: lexicon))
    engine.table.write(to: &writer)
    engine.splitter.vocabulary.write(to: &writer)
    return writer.bytes
  }

  /// The tables in `bytes` when they were written by this version, read whole, and (when `checkingFingerprint`)
  /// for `lexicon`; nil otherwise.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, for lexicon: LanguageLexicon, checkingFingerprint: Bool = true
  ) -> (table: PatternTable, vocabulary: Vocabulary)? {
    var reader = TableReader(bytes)
    guard reader.unsigned() == formatVersion else { return nil }
    let written = reader.fixed64()
    if checkingFingerprint && written != fingerprint(of: lexicon) { return nil }
    let table = PatternTable(reading: &reader)
    let vocabulary = Vocabulary(reading: &reader)
    guard reader.isAtEnd, table.conditionStarts.count == vocabulary.count + 1 else { return nil }
    return (table, vocabulary)
  }

  /// `read` of the first `count` bytes of generated `numbers` (`DutchCompiledTables`).
  static func read(
    _ numbers: [UInt64], count: Int, for lexicon: LanguageLexicon, checkingFingerprint: Bool = true
  ) -> (table: PatternTable, vocabulary: Vocabulary)? {
    TableReader.withBytes(of: numbers, count: count) {
      read($0, for: lexicon, checkingFingerprint: checkingFingerprint)
    } ?? nil
  }

  /// Whether this build checks the fingerprint before it uses generated tables: a debug build does.
  static var checksFingerprint: Bool {
    #if DEBUG
      true
    #else
      false
    #endif
  }

  /// An FNV-1a hash over what the compilation reads from `lexicon`: the rules' patterns, the word classes and
  /// the word lists, each list with its length, dictionaries in key order.
  static func fingerprint(of lexicon: LanguageLexicon) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ number: Int) {
      hash = (hash ^ UInt64(truncatingIfNeeded: number)) &* 0x0000_0100_0000_01b3
    }
    func add(_ word: String) {
      for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      add(-1)
    }
    func add(_ words: [String]) {
      add(words.count)
      for word in words { add(word) }
    }
    add(lexicon.rules.count)
    for rule in lexicon.rules {
      add(rule.patterns)
      add(rule.unless)
    }
    add(lexicon.wordClasses.count)
    for name in lexicon.wordClasses.keys.sorted() {
      add(name)
      add(lexicon.wordClasses[name] ?? [])
    }
    let composites = lexicon.composites
    for list in [
      lexicon.negations, lexicon.firstPerson, lexicon.questionWords, lexicon.leadingFillers,
      lexicon.protectedWords, lexicon.firstNames, [composites.otherPersonClass], composites.nonSubjectAfter,
      composites.possessives, composites.personClass.map { [$0] } ?? [],
    ] {
      add(list)
    }
    let variants = lexicon.spellingVariants.keys.sorted()
    add(variants)
    add(variants.map { lexicon.spellingVariants[$0] ?? "" })
    add(lexicon.typoMinimumLength)
    return hash
  }

  /// The generated Swift source that holds `bytes` (`DutchCompiledTables.swift`).
  static func swiftSource(_ bytes: [UInt8]) -> String {
    var writer = TableWriter()
    writer.append(bytes)
    return writer.swiftSource(
      name: "DutchCompiledTables",
      comments: [
        "Written by `oudergesprek analyseer --tabellen` (scripts/compile-analyser-tables); do not edit by hand.",
        "The Dutch data stays in Analysis/Dutch: this is its compiled form (`CompiledTables`), read at start.",
      ],
      summary: "The compiled pattern table and vocabulary of `LanguageLexicon.dutch`")
  }
}
