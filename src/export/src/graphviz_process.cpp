// Lays DOT text out with Graphviz's own program (`dot -K<engine> -Tsvg`) in a child process.
//
// Why a child process: Graphviz 2.42 (Debian 12) routes some edges in an order that follows heap
// addresses. A fresh, single-threaded process allocates in the same order every run, so the SVG
// comes out byte-identical; inside kronik the analysis threads leave the heap in a different state
// each run, and the same summary DOT laid out in-process differed in 2 of 10 runs of one
// 400-article build (edge splines only). A child also keeps a Graphviz abort or crash out of the
// run. The cost is one fork/exec per graph.svg (a few milliseconds against the layout itself).

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "internal.h"

extern char** environ;

namespace kronik::export_detail {
namespace {

// Closes the descriptors it holds when it goes out of scope.
struct Fds {
  std::vector<int> fds;
  ~Fds() {
    for (int fd : fds)
      if (fd >= 0) ::close(fd);
  }
};

// The DOT text in an unlinked temporary file, for the child's stdin: no writer thread and no
// SIGPIPE when the child stops reading early. -1 when no temporary file can be made.
int dot_input_file(const std::string& dot) {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir && *dir ? dir : "/tmp") + "/kronik-layout-XXXXXX";
  const int fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd < 0) return -1;
  ::unlink(path.c_str());
  std::size_t done = 0;
  while (done < dot.size()) {
    const ssize_t n = ::write(fd, dot.data() + done, dot.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return -1;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::lseek(fd, 0, SEEK_SET) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

// Reads the child's stdout and stderr until both close (poll: neither pipe may fill up and
// stall the child while the other is read).
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
  pollfd p[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* sink[2] = {&out, &err};
  char buf[65536];
  int open_count = 2;
  while (open_count > 0) {
    if (::poll(p, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    for (int k = 0; k < 2; ++k) {
      if (p[k].fd < 0 || p[k].revents == 0) continue;
      const ssize_t n = ::read(p[k].fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        sink[k]->append(buf, static_cast<std::size_t>(n));
        continue;
      }
      p[k].fd = -1;  // end of file (or an error): poll ignores negative descriptors
      --open_count;
    }
  }
}

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return status;
}

}  // namespace

std::optional<Result<std::string>> layout_in_child(const std::string& program, const std::string& engine,
                                                   const std::string& dot) {
  Fds fds;
  const int in_fd = dot_input_file(dot);
  int out_pipe[2], err_pipe[2];
  if (in_fd < 0 || ::pipe2(out_pipe, O_CLOEXEC) != 0) return std::nullopt;
  fds.fds = {in_fd, out_pipe[0], out_pipe[1]};
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) return std::nullopt;
  fds.fds.push_back(err_pipe[0]);
  fds.fds.push_back(err_pipe[1]);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_fd, 0);  // dup2 clears O_CLOEXEC on 0, 1, 2
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  const std::string engine_arg = "-K" + engine;
  std::vector<char*> argv = {const_cast<char*>(program.c_str()), const_cast<char*>(engine_arg.c_str()),
                             const_cast<char*>("-Tsvg"), nullptr};
  pid_t pid = 0;
  const int rc = ::posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return std::nullopt;  // no such program: the caller lays out in-process

  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  fds.fds[2] = fds.fds[4] = -1;
  std::string svg, messages;
  drain(out_pipe[0], err_pipe[0], svg, messages);
  const int status = wait_for(pid);
  if (status < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || svg.rfind("<?xml", 0) != 0) {
    std::string why = messages.substr(0, messages.find('\n'));
    if (why.empty()) why = WIFSIGNALED(status) ? "killed by signal " + std::to_string(WTERMSIG(status)) : "no SVG";
    return Result<std::string>(Error{ErrorCode::kUnsupported,
                                     "Graphviz layout '" + engine + "' failed (" + program + "): " + valid_utf8(why),
                                     "graph.svg", 0});
  }
  return Result<std::string>(std::move(svg));
}

}  // namespace kronik::export_detail
