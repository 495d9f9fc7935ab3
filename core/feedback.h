#pragma once
// Feedback: progress and cancel for one long task (a check, a render, an export), shared by
// the thread that does the work and the one that shows it, in the spirit of QGIS's
// QgsFeedback. The worker reports progress and polls isCancelled(); the GUI cancels.

#include <atomic>
#include <functional>
#include <mutex>

namespace pearlzone::core {

class Feedback {
public:
    Feedback() = default;
    Feedback(const Feedback&) = delete;
    Feedback& operator=(const Feedback&) = delete;

    void cancel() { cancelled_.store(true); }
    bool isCancelled() const { return cancelled_.load(); }
    // For the APIs that poll a flag (render, batch check).
    const std::atomic<bool>* cancelFlag() const { return &cancelled_; }
    std::atomic<bool>* cancelFlag() { return &cancelled_; }

    // Called on the worker's thread with 0..100; the listener must be thread-safe.
    void setProgress(double percent)
    {
        progress_.store(percent);
        std::function<void(double)> listener;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            listener = listener_;
        }
        if (listener)
            listener(percent);
    }
    double progress() const { return progress_.load(); }
    void onProgress(std::function<void(double)> listener)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        listener_ = std::move(listener);
    }

private:
    std::atomic<bool> cancelled_{false};
    std::atomic<double> progress_{0.0};
    std::mutex mutex_;
    std::function<void(double)> listener_;
};

}  // namespace pearlzone::core
