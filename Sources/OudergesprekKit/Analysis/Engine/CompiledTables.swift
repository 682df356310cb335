/// A lexicon's compiled pattern table and vocabulary as text, for a generated Swift source
/// (`DutchCompiledTables`, written by `scripts/compile-analyser-tables`), so a process reads them in a few
/// hundred microseconds instead of compiling the patterns at every start.
///
/// The text begins with a fingerprint of everything in the lexicon that the compilation reads. An engine uses
/// the text only when the fingerprint is its lexicon's: after an edit of the Dutch data the engine compiles
/// the patterns itself (the same findings, a slower start) until the file is written again, and a test says so.
enum CompiledTables {
  /// Raised when the text's layout changes, so an old text is never read as a new one.
  static let formatVersion: UInt64 = 2

  /// The text of `lexicon`'s compiled tables.
  static func text(for lexicon: LanguageLexicon) throws -> String {
    let engine = try MarkerEngine(lexicon: lexicon, compiled: nil)
    var writer = TableWriter()
    writer.unsigned(formatVersion)
    writer.unsigned(fingerprint(of: lexicon))
    engine.table.write(to: &writer)
    engine.splitter.vocabulary.write(to: &writer)
    return writer.text
  }

  /// The tables in `text` when it was written for `lexicon` by this version and reads whole; nil otherwise.
  static func read(_ text: String, for lexicon: LanguageLexicon) -> (table: PatternTable, vocabulary: Vocabulary)? {
    var text = text
    return text.withUTF8 { bytes in
      var reader = TableReader(bytes)
      guard reader.unsigned() == formatVersion, reader.unsigned() == fingerprint(of: lexicon) else { return nil }
      let table = PatternTable(reading: &reader)
      let vocabulary = Vocabulary(reading: &reader)
      guard reader.isAtEnd, table.conditionStarts.count == vocabulary.count + 1 else { return nil }
      return (table, vocabulary)
    }
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

  /// The generated Swift source that holds `text` (`DutchCompiledTables.swift`).
  static func swiftSource(_ text: String) -> String {
    """
    // swift-format-ignore-file
    // Written by `oudergesprek analyseer --tabellen` (scripts/compile-analyser-tables); do not edit by hand.
    // The Dutch data stays in Analysis/Dutch: this is its compiled form (`CompiledTables`), read at start.

    /// The compiled pattern table and vocabulary of `LanguageLexicon.dutch`.
    enum DutchCompiledTables {
      static let text = #\"\"\"
    \(text)
    \"\"\"#
    }

    """
  }
}
