import Confidant
import ConfidantWeb
import Dispatch
import Foundation
import FuzzDriver
import Glibc
import Sodium

// The page on loopback (`confidant web`), fed raw HTTP: each input is sent as it is over a real
// TCP connection to a real server on a real (throw-away) vault, after "{HOST}", "{BASE}",
// "{COOKIE}" and "{TOKEN}" in it are replaced by this server's Host, session path, session cookie
// and form token, so that
// mutations reach the pages as well as the refusals. The server must answer every input without
// crashing, never send a script, and still answer a plain request afterwards.

/// Sends `request` and returns what came back before the server closed or went quiet.
func exchange(_ request: [UInt8], port: UInt16) -> [UInt8] {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    precondition(fd >= 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var quiet = timeval(tv_sec: 0, tv_usec: 300_000)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &quiet, socklen_t(MemoryLayout<timeval>.size))
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    precondition(connected == 0, "the server stopped listening")
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    shutdown(fd, Int32(SHUT_WR))
    var response: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 65536)
    while response.count < 4 << 20 {
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count > 0 else { break }
        response += buffer[..<count]
    }
    return response
}

func passphrase() -> SecureBytes { try! SecureBytes(copying: Array("fuzz passphrase words".utf8)) }

/// The page's hold on the vault at `access`.
func opened(_ access: VaultAccess) -> WebVault {
    let vault = try! access.open { .passphrase(passphrase()) }
    return WebVault(vault)
}

/// A throw-away vault with a partner and a protected name, served with no rate limit to speak of.
let (port, base, cookie, token): (UInt16, String, String, String) = {
    let folder = NSTemporaryDirectory() + "confidant-fuzz-web-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let access = VaultAccess(path: folder + "/vault", lastSeenPath: folder + "/seen")
    var document = VaultDocument()
    _ = try! document.addTerms(["Darren Pike"], kind: .client, note: nil)
    try! document.addSupporter(Supporter(name: "Sam", relationship: .partner))
    try! access.create(
        NewVault(
            document: document, passphrase: passphrase(), parameters: try! Argon2id.Parameters(opsLimit: 1, memoryBytes: 8192), recoveryKey: false))
    let vault = opened(access)
    let announced = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var address = ""
    Task.detached {
        _ = try await WebServer.serve(vault, port: 0, activity: WebActivity(), stop: WebServer.Stop(), perSecond: .max) { printed in
            address = printed
            announced.signal()
        }
    }
    announced.wait()
    let port = UInt16(address.split(separator: ":")[2].split(separator: "/")[0])!
    let secret = address.split(separator: "=").last!
    let signIn = String(decoding: exchange(Array("GET /?t=\(secret) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8), port: port), as: UTF8.self)
    let cookie = signIn.split(separator: "\r\n").first { $0.hasPrefix("Set-Cookie: ") }!.dropFirst(12).split(separator: ";")[0]
    let base = signIn.components(separatedBy: "url=")[1].prefix { $0 != "\"" }
    let form = String(
        decoding: exchange(Array("GET \(base)check HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\n\r\n".utf8), port: port),
        as: UTF8.self)
    let token = form.components(separatedBy: "name=\"token\" value=\"")[1].prefix(64)
    return (port, String(base), String(cookie), String(token))
}()

func replacing(_ bytes: [UInt8], _ placeholder: String, _ value: String) -> [UInt8] {
    let marker = Array(placeholder.utf8), replacement = Array(value.utf8)
    var out: [UInt8] = [], index = 0
    while index < bytes.count {
        if bytes[index] == marker[0], index + marker.count <= bytes.count, Array(bytes[index..<(index + marker.count)]) == marker {
            out += replacement
            index += marker.count
        } else {
            out.append(bytes[index])
            index += 1
        }
    }
    return out
}

nonisolated(unsafe) var inputs = 0

func fuzzOne(_ bytes: [UInt8]) {
    let request = replacing(
        replacing(replacing(replacing(bytes, "{HOST}", "127.0.0.1:\(port)"), "{BASE}", base), "{COOKIE}", cookie), "{TOKEN}", token)
    let response = String(decoding: exchange(request, port: port), as: UTF8.self)
    precondition(!response.lowercased().contains("<script"), "a response carried a script")
    inputs += 1
    if inputs % 64 == 0 {
        let plain = exchange(Array("GET /style.css HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8), port: port)
        precondition(String(decoding: plain, as: UTF8.self).hasPrefix("HTTP/1.1 200"), "the server stopped answering")
    }
}

runFuzzer(fuzzOne)
