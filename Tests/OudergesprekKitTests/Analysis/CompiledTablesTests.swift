import Testing

@testable import OudergesprekKit

@Suite("Gecompileerde patroontabellen")
struct CompiledTablesTests {
  @Test("het gegenereerde tabellenbestand hoort bij de Nederlandse regels en woordenlijsten van nu")
  func compiledTablesAreUpToDate() throws {
    let text = try CompiledTables.text(for: .dutch)
    #expect(
      text == DutchCompiledTables.text,
      "run scripts/compile-analyser-tables and commit Sources/OudergesprekKit/Analysis/Engine/DutchCompiledTables.swift"
    )
  }

  @Test("de gelezen tabellen zijn dezelfde als de gecompileerde, tot in de bitsets en de tikfoutcorrectie")
  func readTablesEqualCompiled() throws {
    let engine = try MarkerEngine(lexicon: .dutch, compiled: nil)
    let read = try #require(CompiledTables.read(try CompiledTables.text(for: .dutch), for: .dutch))
    #expect(read.table == engine.table)
    #expect(read.vocabulary == engine.splitter.vocabulary)
    let fromTables = try MarkerEngine(lexicon: .dutch, compiled: read)
    for reply in [
      "Ik maak me zorgen omdat Timo de laatste twee weken niet op de training is geweest.",
      "U moet gewoon strenger zijn, dan lost het zich vanzelf op.", "Wat is er gebeurd?", "ik maak me zorgne",
    ] {
      #expect(fromTables.analyze(reply) == engine.analyze(reply), "\(reply)")
    }
  }

  @Test("tabellen van een ander lexicon worden niet gebruikt: na een nieuwe regel telt die regel")
  func staleTablesAreNotRead() throws {
    var lexicon = LanguageLexicon.dutch
    #expect(CompiledTables.read(DutchCompiledTables.text, for: lexicon) != nil)
    lexicon.rules.append(CueRule(.marker(.bedanken), "Dank.", patterns: ["reuze bedankt"]))
    #expect(CompiledTables.read(DutchCompiledTables.text, for: lexicon) == nil)
    lexicon = .dutch
    lexicon.wordClasses["gevoel", default: []].append("zwaarmoedig")
    #expect(CompiledTables.read(DutchCompiledTables.text, for: lexicon) == nil)
    lexicon = .dutch
    lexicon.typoMinimumLength += 1
    #expect(CompiledTables.read(DutchCompiledTables.text, for: lexicon) == nil)
  }

  @Test("een afgebroken of beschadigde tekst wordt niet gelezen", arguments: [0.1, 0.5, 0.99])
  func damagedTextIsNotRead(fraction: Double) throws {
    let text = try CompiledTables.text(for: .dutch)
    let cut = String(decoding: text.utf8.prefix(Int(Double(text.utf8.count) * fraction)), as: UTF8.self)
    #expect(CompiledTables.read(cut, for: .dutch) == nil)
    #expect(CompiledTables.read(text + "a", for: .dutch) == nil)
    #expect(CompiledTables.read(text.replacingOccurrences(of: "B", with: "#"), for: .dutch) == nil)
  }

  @Test("getallen en woorden komen terug zoals ze geschreven zijn")
  func numbersAndWordsRoundTrip() {
    var writer = TableWriter()
    let numbers = [0, 1, -1, 15, 16, -17, 1_000_000, Int(Int32.max), Int(Int32.min)]
    for number in numbers { writer.int(number) }
    writer.unsigned(.max)
    writer.words(["", "zorgen", "geïrriteerd"])
    var text = writer.text
    text.withUTF8 { bytes in
      var reader = TableReader(bytes)
      #expect(numbers.map { _ in reader.int() } == numbers)
      #expect(reader.unsigned() == .max)
      #expect(reader.words() == ["", "zorgen", "geïrriteerd"])
      #expect(reader.isAtEnd)
    }
  }
}
