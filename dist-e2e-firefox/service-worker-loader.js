import './assets/service-worker.ts-BC4DI16V.js';
