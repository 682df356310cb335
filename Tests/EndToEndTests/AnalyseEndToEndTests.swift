import Foundation
import Testing

@Suite("Antwoorden analyseren via de terminal")
struct AnalyseEndToEndTests {
  @Test("analyseer \"TEKST\" toont markers, delen, bewijs en feedback")
  func singleReply() throws {
    let result = try Executable.run(["analyseer", "Ik maak me zorgen omdat Daan vaak te laat komt."])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Markers: ik-boodschap"))
    #expect(result.stdout.contains("Delen van een ik-boodschap: gedrag, gevoel"))
    #expect(result.stdout.contains("deel gevoel: \"Ik maak me zorgen"))
    #expect(result.stdout.contains("Je ik-boodschap mist het gevolg: wat doet dit gedrag met jou of met de klas?"))
  }

  @Test("analyseer --json schrijft één JSON-object per invoerregel, ook voor een lege regel")
  func jsonLines() throws {
    let result = try Executable.run(
      ["analyseer", "--json"], input: "Ik hoor dat u boos bent.\n\nMisschien moet u hem straffen.\n")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 3)
    let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(objects[0]?["markers"] as? [String] == ["gevoelsreflectie"])
    #expect(objects[1]?["markers"] as? [String] == [])
    #expect(objects[2]?["markers"] as? [String] == ["adviseren"])
    #expect(objects[2]?["iMessageParts"] as? [String] == [])
  }

  @Test("analyseer --json stroomt: het antwoord op een regel komt voordat de invoer eindigt")
  func jsonStreams() throws {
    let process = Process()
    process.executableURL = Executable.url
    process.arguments = ["analyseer", "--json"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    defer {
      try? input.fileHandleForWriting.close()
      process.waitUntilExit()
    }
    input.fileHandleForWriting.writeToProgram(Data("Wat is er gebeurd?\n".utf8))
    let reader = FirstLine(output.fileHandleForReading)
    #expect(reader.done.wait(timeout: .now() + 10) == .success, "geen uitvoer terwijl de invoer nog open is")
    #expect(reader.text.contains("\"open-vraag\""))
  }

  @Test("analyseer --json begrenst een heel lang antwoord zoals het gesprek: het begin telt, de tekst blijft heel")
  func jsonBoundsLongReply() throws {
    let long =
      "Ik hoor dat u boos bent. " + String(repeating: "bla ", count: 250_000) + "Misschien moet u hem straffen."
    let result = try Executable.run(["analyseer", "--json"], input: long + "\nWat is er gebeurd?\n")
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["text"] as? String == long)
    #expect(first?["markers"] as? [String] == ["gevoelsreflectie"])
    let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
    #expect(second?["markers"] as? [String] == ["open-vraag"])
  }

  @Test("analyseer --evalueer toont precisie, recall en F1 per marker en familie, en de fouten")
  func evaluate() throws {
    let folder = Executable.temporaryDirectory()
    let file = folder.appendingPathComponent("set.tsv")
    try "gevoelsreflectie\tU klinkt boos.\nadviseren\tHoe gaat het thuis?\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try Executable.run(["analyseer", "--evalueer", file.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Per familie:"))
    #expect(result.stdout.contains("luisteren"))
    #expect(result.stdout.contains("Macro-F1 over de markers"))
    #expect(result.stdout.contains("regel 2: Hoe gaat het thuis?"))
  }

  @Test("analyseer --zonder-model geeft alleen wat de regels vinden: wat het geleerde model toevoegt, valt weg")
  func withoutModel() throws {
    // Replies the rules miss and the shipped model (which learnt them from a labelled set) marks.
    let input =
      "Uw zoon is gewoon een vechtersbaas.\nU maakt het zich wel erg makkelijk zo.\nIk hoor dat u boos bent.\n"
    func markers(_ arguments: [String]) throws -> [[String]] {
      let result = try Executable.run(["analyseer", "--json"] + arguments, input: input)
      #expect(result.status == 0)
      return try result.stdout.split(separator: "\n").map {
        (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["markers"] as? [String] ?? []
      }
    }
    let withModel = try markers([])
    let rulesAlone = try markers(["--zonder-model"])
    #expect(withModel[0].contains("jij-boodschap") && withModel[1].contains("jij-boodschap"))
    #expect(rulesAlone[0].isEmpty && rulesAlone[1].isEmpty)
    #expect(rulesAlone[2] == ["gevoelsreflectie"] && withModel[2] == ["gevoelsreflectie"])
  }

  @Test("een fout in het .tsv-bestand geeft een Nederlandse melding met bestand:regel en code 65")
  func badTSV() throws {
    let folder = Executable.temporaryDirectory()
    let file = folder.appendingPathComponent("fout.tsv")
    try "# kop\ngevoelsreflectie\tU klinkt boos.\nopen-vrag\tHoe gaat het?\n".write(
      to: file, atomically: true, encoding: .utf8)
    let result = try Executable.run(["analyseer", "--evalueer", file.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(file.path):3: onbekend label 'open-vrag'; bedoelt u 'open-vraag'?"))
  }

  @Test("analyseer zonder tekst of met een onbekende optie is een gebruiksfout (64)")
  func usageErrors() throws {
    #expect(try Executable.run(["analyseer"]).status == 64)
    let unknown = try Executable.run(["analyseer", "--jsn"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("bedoelt u --json?"))
    // A set that does not exist is missing input (EX_NOINPUT), as for `verslag`.
    let missing = try Executable.run(["analyseer", "--evalueer", "/bestaat/niet.tsv"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("/bestaat/niet.tsv"))
  }
}

/// Reads from a pipe on another thread until the first newline, then signals `done`.
private final class FirstLine: @unchecked Sendable {
  let done = DispatchSemaphore(value: 0)
  private(set) var text = ""

  init(_ handle: FileHandle) {
    Thread { [self] in
      var data = Data()
      while !data.contains(UInt8(ascii: "\n")) {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        data.append(chunk)
      }
      text = String(decoding: data, as: UTF8.self)
      done.signal()
    }.start()
  }
}
