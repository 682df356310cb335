import Foundation
import Testing

@testable import OudergesprekKit

/// The learned marker model: it learns words that go with a marker, names them as evidence, trains the same way
/// every time, and its data file reads back.
@Suite("Het geleerde model van de analyser")
struct MarkerModelTests {
  /// A toy set: replies with "kanjer" are prijzen, the others carry no marker. The rules know no "kanjer".
  var toyExamples: [MarkerModel.Example] {
    let praise = ["Wat een kanjer is hij.", "Jij bent een kanjer.", "Zo'n kanjer, die dochter van u."]
    let plain = ["Hij zit naast Tim.", "De les begint om negen uur.", "Het rooster is veranderd."]
    let rules = DutchReplyAnalyzer(usingModel: false)
    return praise.map { MarkerModel.Example(features: features($0, rules), markers: [.prijzen]) }
      + plain.map { MarkerModel.Example(features: features($0, rules), markers: []) }
  }

  func features(_ text: String, _ rules: DutchReplyAnalyzer) -> ReplyFeatures {
    ReplyFeatures(text: text, rules: rules.analyze(text))
  }

  @Test("een woord dat in de voorbeelden bij een marker hoort, geeft die marker, met dat woord als bewijs")
  func learnsAndNamesTheWords() throws {
    let model = MarkerModel.train(toyExamples)
    let rules = DutchReplyAnalyzer(usingModel: false).analyze("Uw zoon is echt een kanjer.")
    #expect(!rules.markers.contains(.prijzen))
    let corrected = model.correct(rules)
    #expect(corrected.markers.contains(.prijzen))
    let evidence = try #require(corrected.evidence.first { $0.marker == .prijzen })
    #expect(evidence.words.contains("kanjer"))
    let plain = DutchReplyAnalyzer(usingModel: false).analyze("Het rooster hangt in de hal.")
    #expect(model.correct(plain).markers.isEmpty)
  }

  @Test("dezelfde voorbeelden en seed geven precies hetzelfde model; een andere seed mag verschillen")
  func trainingIsDeterministic() {
    #expect(MarkerModel.train(toyExamples, seed: 7) == MarkerModel.train(toyExamples, seed: 7))
  }

  @Test("het databestand leest terug als hetzelfde model")
  func fileRoundTrip() throws {
    let model = MarkerModel.train(toyExamples)
    #expect(!model.weights.isEmpty)
    #expect(try MarkerModel(parsing: model.fileText) == model)
  }

  @Test(
    "een regel van het modelbestand die niet klopt, noemt het regelnummer",
    arguments: ["w:kanjer|prijzen", "w:kanjer|onbekend|1.5", "w:kanjer|prijzen|veel"])
  func brokenLine(line: String) {
    #expect(throws: MarkerModelFileError(line: 2, text: line)) {
      try MarkerModel(parsing: "basis|prijzen|-1.0\n" + line)
    }
  }

  @Test(
    "de kenmerken bij het analyseren (hashes) zijn dezelfde als bij het leren (namen), in dezelfde volgorde",
    arguments: [
      "Ik hoor dat u boos bent. Wat is er gebeurd?", "Als Daan belt, stop ik de les en dat vind ik naar.", "",
    ])
  func hashedKeysMatchTheNames(text: String) {
    let features = ReplyFeatures(text: text, rules: DutchReplyAnalyzer(usingModel: false).analyze(text))
    #expect(features.keys == features.keyStrings.map(FeatureKey.hash))
  }

  @Test("een model zonder gewichten verandert niets aan wat de regels vonden")
  func emptyModelKeepsTheRules() {
    let rules = DutchReplyAnalyzer(usingModel: false).analyze("Wat is er gebeurd? U moet nu even luisteren.")
    #expect(MarkerModel().correct(rules) == rules)
  }

  @Test(
    "het meegeleverde model is wat 'leer' maakt uit de sets van het project (na een wijziging: opnieuw leren)",
    .enabled(if: TestCorpus.devSetURL != nil))
  func shippedModelIsUpToDate() throws {
    let directory = Fixtures.directory.appendingPathComponent("Analysis").path
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".tsv") }
    var sets = try names.map { MarkerModel.NamedSet(name: $0, set: try TestCorpus.ownSet($0)) }
    sets.append(MarkerModel.NamedSet(name: "dev.tsv", set: try #require(try TestCorpus.devSet())))
    let trained = MarkerModel.train(on: sets, rules: DutchReplyAnalyzer(usingModel: false))
    #expect(trained == DutchMarkerModel.shipped, "run scripts/train-analyser-model and commit the data file")
  }

  @Test("de gecompileerde vorm van het model hoort bij het databestand van nu (na opnieuw leren: compileren)")
  func compiledModelIsUpToDate() throws {
    let parsed = try MarkerModel(parsing: MarkerModelWeights.text)
    let bytes = CompiledModel.bytes(of: parsed, text: MarkerModelWeights.text)
    let shipped = TableReader.withBytes(of: DutchCompiledModel.numbers, count: DutchCompiledModel.count) {
      Array($0)
    }
    #expect(
      bytes == shipped,
      "run scripts/compile-analyser-tables and commit Sources/OudergesprekKit/Analysis/Model/DutchCompiledModel.swift")
    let read = try #require(bytes.withUnsafeBufferPointer { CompiledModel.read($0, text: MarkerModelWeights.text) })
    #expect(read == parsed)
    #expect(read.rows.map(\.bitPattern) == parsed.rows.map(\.bitPattern))
    #expect(read.names.bounds == parsed.names.bounds)
    let reply = "U moet gewoon strenger zijn."
    let features = ReplyFeatures(text: reply, rules: DutchReplyAnalyzer(usingModel: false).analyze(reply))
    #expect(read.scores(features) == parsed.scores(features))
  }

  @Test("een gecompileerd model van een tekst van een andere lengte, of afgebroken, wordt niet gelezen")
  func compiledModelOfAnotherTextIsNotRead() throws {
    let text = "w:a|prijzen|1.5\nw:b|bevelen|-2\nbasis|prijzen|-1"
    let model = try MarkerModel(parsing: text)
    let bytes = CompiledModel.bytes(of: model, text: text)
    #expect(bytes.withUnsafeBufferPointer { CompiledModel.read($0, text: text) } == model)
    #expect(bytes.withUnsafeBufferPointer { CompiledModel.read($0, text: text + "\n") } == nil)
    for cut in [1, bytes.count / 2, bytes.count - 1] {
      #expect(Array(bytes.prefix(cut)).withUnsafeBufferPointer { CompiledModel.read($0, text: text) } == nil)
    }
  }

  @Test("het meegeleverde databestand leest byte voor byte als elke regel apart gelezen: dezelfde gewichten")
  func shippedFileReadsAsItsLines() throws {
    let weights = DutchMarkerModel.shipped.weights
    var count = 0
    for line in MarkerModelWeights.text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "|")
      let marker = try #require(Marker(rawValue: String(fields[1])))
      let column = try #require(Marker.allCases.firstIndex(of: marker))
      #expect(weights[String(fields[0])]?[column] == Float(fields[2]), "\(line)")
      count += 1
    }
    #expect(count > 10_000)
    #expect(weights.values.reduce(0) { $0 + $1.filter { $0 != 0 }.count } == count)
  }

  @Test("gewichten in elke vorm die Float leest: met exponent, zonder decimalen, negatief nul")
  func weightsInEveryForm() throws {
    let text = "w:a|prijzen|1e-05\nw:a|bedanken|-0.125\n# opmerking\nw:b|prijzen|3\nw:b|bevelen|-0.0\nw:a|bevelen|2.5"
    let weights = try MarkerModel(parsing: text).weights
    let prijzen = try #require(Marker.allCases.firstIndex(of: .prijzen))
    let bedanken = try #require(Marker.allCases.firstIndex(of: .bedanken))
    let bevelen = try #require(Marker.allCases.firstIndex(of: .bevelen))
    #expect(weights["w:a"]?[prijzen] == Float("1e-05"))
    #expect(weights["w:a"]?[bedanken] == -0.125)
    #expect(weights["w:a"]?[bevelen] == 2.5)
    #expect(weights["w:b"]?[prijzen] == 3)
    #expect(weights.count == 2)
  }
}
