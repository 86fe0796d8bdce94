import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { MeetingRelay } from './meeting-relay';

const imageParams = z.object({ imageId: z.uuid() });

/**
 * `/relay/chat-images/:imageId`: an image a Teams user put in the meeting chat, as the chat service
 * serves an attachment's `previewUrl`. Only a bearer token of someone in the call reads it, and the
 * browser fetches it from the portal's origin, so it answers CORS for that header.
 */
export async function chatImageRoutes(app: FastifyInstance, { relay }: { relay: MeetingRelay }): Promise<void> {
  await app.register(cors, { origin: true, methods: ['GET'], allowedHeaders: ['authorization'] });

  app.get('/relay/chat-images/:imageId', async (request, reply) => {
    const params = imageParams.safeParse(request.params);
    const room = params.success ? relay.roomWithChatImage(params.data.imageId) : undefined;
    if (!params.success || !room) {
      return reply.code(404).send({ error: { code: 'NotFound', message: 'No such image.' } });
    }
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const reader = token ? await relay.identify(token) : undefined;
    if (!reader) {
      return reply.code(401).send({ error: { code: 'Unauthorized', message: 'A valid access token is required.' } });
    }
    const image = room.chatImage(params.data.imageId, reader.id);
    if (typeof image === 'string') {
      return reply
        .code(403)
        .send({ error: { code: 'Forbidden', message: 'Only the chat thread members read its images.' } });
    }
    return reply
      .header('content-type', image.contentType)
      .header('cache-control', 'private, no-store')
      .send(image.bytes);
  });
}
