#pragma once

#include "ServerConfig.h"
#include "net/Hub.h"
#include "ops/Metrics.h"
#include "store/CatalogueStore.h"
#include "store/ConversationStore.h"
#include "store/CouponStore.h"
#include "store/Database.h"
#include "store/Directory.h"
#include "store/EventLog.h"
#include "store/FloorStore.h"
#include "store/IdempotencyStore.h"
#include "store/ImageStore.h"
#include "store/LibraryStore.h"
#include "store/RecommendationStore.h"
#include "store/TrainingStore.h"

#include <functional>

namespace agentdesk::server {

class ChatService;
class LibraryService;
class RecommendationService;
class ImageService;
class CouponService;
class AuthService;
class SupervisorService;
class TrainingService;
class Cluster;
class FloorMonitor;
class Router;
class Session;

// The parts of one running server, owned by Server and shared by its sessions and services.
struct ServerContext {
    explicit ServerContext(const ServerConfig& c)
        : config(c)
        , events(db, c.eventRetention)
        , directory(db)
        , conversations(db)
        , idempotency(db)
        , replies(db)
        , catalogue(db)
        , recommendations(db)
        , images(db)
        , coupons(db)
        , floor(db)
        , training(db)
    {
    }

    // After a write transaction: its events go live, or vanish with its rollback.
    void publishEvents() { publish(events.takeUnpublished()); }
    void publish(std::span<const EventLog::Appended> committed)
    {
        for (const auto& e : committed) {
            if (e.seq == 0)
                hub.publishTopic(e.stream, e.frame);
            else
                hub.publish(e.stream, e.frame, e.seq);
        }
    }
    void discardEvents() { events.discardUnpublished(); }
    // Whether a topic's frames are worth making: watched here, or perhaps on another instance
    // (which subscriptions the other instances have is not shared; they drop what nobody watches).
    bool mayBeWatched(const QString& topic) const { return cluster != nullptr || hub.hasSubscribers(topic); }

    ServerConfig config;
    Database db;
    EventLog events;
    Directory directory;
    ConversationStore conversations;
    IdempotencyStore idempotency;
    LibraryStore replies;
    CatalogueStore catalogue;
    RecommendationStore recommendations;
    ImageStore images;
    CouponStore coupons;
    FloorStore floor;
    TrainingStore training;
    Hub hub;
    Metrics metrics;
    ChatService* chat = nullptr;
    LibraryService* library = nullptr;
    RecommendationService* recommender = nullptr;
    ImageService* imageService = nullptr;
    CouponService* couponService = nullptr;
    AuthService* auth = nullptr;
    SupervisorService* supervisor = nullptr;
    TrainingService* trainingService = nullptr;
    FloorMonitor* floorMonitor = nullptr;
    Router* router = nullptr;
    Cluster* cluster = nullptr;  // several instances on one PostgreSQL database; null on SQLite
    // Closes this instance's connections signed in on the stream (but `except`); how many.
    std::function<int(const QString& stream, const Session* except)> endSessionsOf = [](const QString&, const Session*) { return 0; };
};

} // namespace agentdesk::server
