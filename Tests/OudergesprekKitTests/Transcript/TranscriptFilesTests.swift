import Foundation
import Testing

@testable import OudergesprekKit

/// Session files: never shared, never half written, never outside the folder, a Dutch reason when it fails.
@Suite("Transcriptbestanden onder moeilijke omstandigheden")
struct TranscriptFilesTests {
  static func folder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("og-sessies-\(UUID().uuidString)").path
  }

  static func transcript(id: String? = nil) throws -> Transcript {
    var transcript = Transcript(
      scenario: try Fixtures.minimalScenario(), seed: 7, startedAt: Date(timeIntervalSince1970: 1_700_000_000))
    if let id { transcript.scenario = id }
    transcript.turns.append(
      TranscriptTurn(speaker: .docent, text: "Hallo.", emotion: .init(state: "a", name: "b", intensity: 3)))
    return transcript
  }

  @Test("veel sessies tegelijk met hetzelfde scenario, dezelfde seed en dezelfde seconde: elk een eigen bestand")
  func concurrentSessions() throws {
    let store = TranscriptStore(directory: Self.folder())
    let transcript = try Self.transcript()
    let paths = Paths()
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      var own = transcript
      own.turns[0].text = "Sessie \(index)"
      if let path = try? store.create(own) { paths.add(path) }
    }
    let created = paths.all
    #expect(created.count == 8)
    #expect(Set(created).count == 8)
    let texts = try created.map { try Transcript.decode(Data(contentsOf: URL(fileURLWithPath: $0))).turns[0].text }
    #expect(Set(texts) == Set((0..<8).map { "Sessie \($0)" }))
    let names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
    #expect(names.count == 8, "geen tijdelijke bestanden achtergelaten: \(names)")
  }

  @Test(
    "een vijandig scenario-id in een transcript kan het bestand niet buiten de map laten schrijven",
    arguments: ["../../buiten", "/etc/passwd", "a/../../b", "..", "abc\n", "\u{1B}[2J"])
  func hostileIDStaysInside(id: String) throws {
    let store = TranscriptStore(directory: Self.folder())
    let path = try store.create(try Self.transcript(id: id))
    #expect((path as NSString).deletingLastPathComponent == store.directory)
    #expect((path as NSString).lastPathComponent == "20231114-221320-scenario-7.json")
    #expect(store.newPath(for: try Self.transcript(id: id)).hasPrefix(store.directory + "/20231114-221320-scenario-7"))
  }

  @Test("een datamap onder een gewoon bestand: een fout met een Nederlandse reden")
  func unwritableFolder() throws {
    let file = Self.folder()
    FileManager.default.createFile(atPath: file, contents: Data("geen map".utf8))
    let store = TranscriptStore(directory: file + "/sessies")
    #expect {
      try store.create(try Self.transcript())
    } throws: { error in
      FileProblem.describe(error) == "een deel van het pad is een bestand, geen map"
    }
  }

  @Test("een volle schijf (/dev/full): het schrijven faalt met 'de schijf is vol'")
  func fullDisk() throws {
    let descriptor = open("/dev/full", O_WRONLY)
    try #require(descriptor >= 0, "/dev/full bestaat niet op dit systeem")
    defer { close(descriptor) }
    #expect {
      try TranscriptStore.writeAll(Data(repeating: 65, count: 100_000), to: descriptor)
    } throws: { error in
      FileProblem.describe(error) == "de schijf is vol"
    }
  }

  @Test("mislukt het vervangen, dan blijft het oude bestand heel en blijft er geen tijdelijk bestand achter")
  func failedReplaceKeepsOldFile() throws {
    let store = TranscriptStore(directory: Self.folder())
    let transcript = try Self.transcript()
    let path = try store.create(transcript)
    // A folder where the file should go makes the rename fail after the new text was written.
    let blocked = store.directory + "/bezet.json"
    try FileManager.default.createDirectory(atPath: blocked + "/vol", withIntermediateDirectories: true)
    #expect(throws: (any Error).self) { try store.write(transcript, to: blocked) }
    #expect(try Transcript.decode(Data(contentsOf: URL(fileURLWithPath: path))) == transcript)
    let names = try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
    #expect(names == ["20231114-221320-minimaal-7.json", "bezet.json"])
  }

  @Test("sessiebestanden zijn alleen voor de eigenaar leesbaar")
  func privateFiles() throws {
    let store = TranscriptStore(directory: Self.folder())
    let path = try store.create(try Self.transcript())
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
  }
}

/// Paths collected from several threads.
private final class Paths: @unchecked Sendable {
  private let lock = NSLock()
  private var paths: [String] = []

  func add(_ path: String) { lock.withLock { paths.append(path) } }
  var all: [String] { lock.withLock { paths } }
}
