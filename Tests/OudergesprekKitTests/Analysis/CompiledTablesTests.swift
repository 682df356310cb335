import Testing

@testable import OudergesprekKit

@Suite("Gecompileerde patroontabellen")
struct CompiledTablesTests {
  @Test("het gegenereerde tabellenbestand hoort bij de Nederlandse regels en woordenlijsten van nu")
  func compiledTablesAreUpToDate() throws {
    let bytes = try CompiledTables.bytes(for: .dutch)
    let shipped = TableReader.withBytes(of: DutchCompiledTables.numbers, count: DutchCompiledTables.count) {
      Array($0)
    }
    #expect(
      bytes == shipped,
      "run scripts/compile-analyser-tables and commit Sources/OudergesprekKit/Analysis/Engine/DutchCompiledTables.swift"
    )
  }

  @Test("de gelezen tabellen zijn dezelfde als de gecompileerde, tot in de bitsets en de tikfoutcorrectie")
  func readTablesEqualCompiled() throws {
    let engine = try MarkerEngine(lexicon: .dutch, compiled: nil)
    let bytes = try CompiledTables.bytes(for: .dutch)
    let read = try #require(bytes.withUnsafeBufferPointer { CompiledTables.read($0, for: .dutch) })
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
    func read(_ lexicon: LanguageLexicon) -> (table: PatternTable, vocabulary: Vocabulary)? {
      CompiledTables.read(DutchCompiledTables.numbers, count: DutchCompiledTables.count, for: lexicon)
    }
    var lexicon = LanguageLexicon.dutch
    #expect(read(lexicon) != nil)
    lexicon.rules.append(CueRule(.marker(.bedanken), "Dank.", patterns: ["reuze bedankt"]))
    #expect(read(lexicon) == nil)
    lexicon = .dutch
    lexicon.wordClasses["gevoel", default: []].append("zwaarmoedig")
    #expect(read(lexicon) == nil)
    lexicon = .dutch
    lexicon.typoMinimumLength += 1
    #expect(read(lexicon) == nil)
  }

  @Test("afgebroken of beschadigde bytes worden niet gelezen", arguments: [0.1, 0.5, 0.99])
  func damagedBytesAreNotRead(fraction: Double) throws {
    let bytes = try CompiledTables.bytes(for: .dutch)
    func reads(_ bytes: [UInt8]) -> Bool {
      bytes.withUnsafeBufferPointer { CompiledTables.read($0, for: .dutch) } != nil
    }
    #expect(reads(bytes))
    #expect(!reads(Array(bytes.prefix(Int(Double(bytes.count) * fraction)))))
    #expect(!reads(bytes + [0]))
    // A number that does not end where the bytes do.
    #expect(!reads(Array(bytes.prefix(Int(Double(bytes.count) * fraction))) + [0xff]))
  }

  @Test("een release-build vertrouwt het bestand zonder vingerafdruk, een debug-build controleert die")
  func releaseTrustsTheFile() {
    var lexicon = LanguageLexicon.dutch
    lexicon.typoMinimumLength += 1
    let trusted = CompiledTables.read(
      DutchCompiledTables.numbers, count: DutchCompiledTables.count, for: lexicon, checkingFingerprint: false)
    #expect(trusted != nil)
    #if DEBUG
      #expect(CompiledTables.checksFingerprint)
    #endif
  }

  @Test("getallen en woorden komen terug zoals ze geschreven zijn")
  func numbersAndWordsRoundTrip() {
    var writer = TableWriter()
    let numbers = [0, 1, -1, 15, 16, -17, 1_000_000, Int(Int32.max), Int(Int32.min)]
    for number in numbers { writer.int(number) }
    writer.unsigned(.max)
    writer.fixed64(0x0123_4567_89ab_cdef)
    writer.words(["", "zorgen", "geïrriteerd"])
    writer.bytes.withUnsafeBufferPointer { bytes in
      var reader = TableReader(bytes)
      #expect(numbers.map { _ in reader.int() } == numbers)
      #expect(reader.unsigned() == .max)
      #expect(reader.fixed64() == 0x0123_4567_89ab_cdef)
      #expect(reader.words() == ["", "zorgen", "geïrriteerd"])
      #expect(reader.isAtEnd)
    }
  }

  @Test("de bytes als Swift-getallen lezen terug zoals ze geschreven zijn, ook het laatste halve getal")
  func swiftArrayRoundTrips() throws {
    for size in [0, 1, 7, 8, 9, 100] {
      var writer = TableWriter()
      for index in 0..<size { writer.unsigned(UInt64(index * 37 % 128)) }
      let numbers = writer.swiftArray.split(whereSeparator: { ", \n".contains($0) }).map {
        UInt64($0.dropFirst(2), radix: 16)
      }
      let parsed = try numbers.map { try #require($0) }
      #expect(TableReader.withBytes(of: parsed, count: size) { Array($0) } == writer.bytes)
      #expect(TableReader.withBytes(of: parsed, count: parsed.count * 8 + 1) { Array($0) } == nil)
    }
  }
}
